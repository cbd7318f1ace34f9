// The embedded database: PGlite (Postgres compiled to WASM) on a data folder.
import { PGlite } from '@electric-sql/pglite';
import { numberParsers, type Db, type Queryable } from './db.js';

/** The embedded database, which can also be written out as a tarball of its data folder. */
export interface PgliteDb extends Db {
  dumpDataDir(): Promise<Blob>;
}

/**
 * Opens (creating if needed) the embedded database in dataDir, or in memory when dataDir is null;
 * a new one starts as a copy of `template` (a dumpDataDir tarball) when given.
 */
export async function openPglite(dataDir: string | null, template?: Blob): Promise<PgliteDb> {
  const pg = await PGlite.create(dataDir ?? undefined, {
    parsers: numberParsers,
    ...(template ? { loadDataDir: template } : {}),
  });
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
    dumpDataDir: () => pg.dumpDataDir('none'),
  };
}
