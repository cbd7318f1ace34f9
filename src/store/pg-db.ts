// A PostgreSQL server through node-postgres, with the same interface as the embedded database.
import pg from 'pg';
import { numberParsers, type Db } from './db.js';

export interface PgOptions {
  connectionString: string;
  /** Schema to use instead of public (tests make their own). */
  schema?: string;
  max?: number;
}

/** Opens a pooled connection to a PostgreSQL server. */
export function openPg(opts: PgOptions): Db {
  const types = {
    getTypeParser: (oid: number, format?: string) =>
      numberParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text'),
  };
  const pool = new pg.Pool({
    connectionString: opts.connectionString,
    max: opts.max ?? 20,
    types,
    // JIT compiles for tens of milliseconds to speed up queries that take one: not for us.
    options: `-c jit=off${opts.schema ? ` -c search_path=${opts.schema}` : ''}`,
  });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return {
    kind: 'pg',
    async query<T>(text: string, params?: unknown[]) {
      const res = await pool.query(text, params as unknown[]);
      return res.rows as T[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query<T>(text: string, params?: unknown[]) {
            const res = await client.query(text, params as unknown[]);
            return res.rows as T[];
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
