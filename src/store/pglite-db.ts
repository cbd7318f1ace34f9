// The embedded database: PGlite (Postgres compiled to WASM) on a data folder.
import { PGlite } from '@electric-sql/pglite';
import { numberParsers, type Db, type Queryable } from './db.js';

/** Opens (creating if needed) the embedded database in dataDir, or in memory when dataDir is null. */
export async function openPglite(dataDir: string | null): Promise<Db> {
  const pg = await PGlite.create(dataDir ?? undefined, { parsers: numberParsers });
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(text: string, params?: unknown[]) {
      const res = await q.query<T>(text, params);
      return res.rows;
    },
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
