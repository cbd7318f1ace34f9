// A PostgreSQL server through node-postgres, with the same interface as the embedded database.
import pg from 'pg';
import { numberParsers, type Db } from './db.js';
import { DatabaseUnavailableError, isConnectionError } from './unavailable.js';

export interface PgOptions {
  connectionString: string;
  /** Schema to use instead of public (tests make their own). */
  schema?: string;
  max?: number;
  /** Told once when the server becomes unreachable (with the error) and once when it answers again. */
  onAvailability?: (up: boolean, err?: unknown) => void;
  /**
   * Behind PgBouncer (transaction pooling) startup options are not passed on: send none, and set
   * per transaction what must hold (DATABASE_POOLER=pgbouncer).
   */
  pooler?: boolean;
  /** Told how long each statement or transaction waited for a free connection (ms). */
  onAcquired?: (waitMs: number) => void;
  /** Settings of this pool's sessions (startup options, so not behind a pooler). */
  settings?: Readonly<Record<string, string | number>>;
}

// JIT compiles for tens of milliseconds to speed up queries that take one: not for us.
const startupOptions = (opts: PgOptions) =>
  Object.entries({
    jit: 'off',
    ...(opts.schema ? { search_path: opts.schema } : {}),
    ...opts.settings,
  })
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ');

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
    // An unreachable server fails a request in seconds rather than holding it until the client gives up.
    connectionTimeoutMillis: 5000,
    ...(opts.pooler ? {} : { options: startupOptions(opts) }),
  });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  // Nor one that is checked out between two statements (a transaction awaiting its caller) when
  // the server goes away: the pool listens only to idle clients, and a client with no query
  // running emits the server's FATAL as an 'error' event, which nothing else listens to (an
  // outage test's server died of it under load). Its next statement fails as a connection error.
  pool.on('connect', (client) => client.on('error', () => {}));
  let up = true;
  const failed = (err: unknown): never => {
    if (!isConnectionError(err)) throw err;
    if (up) {
      up = false;
      opts.onAvailability?.(false, err);
    }
    throw err instanceof DatabaseUnavailableError ? err : new DatabaseUnavailableError(err);
  };
  const answered = () => {
    if (up) return;
    up = true;
    opts.onAvailability?.(true);
  };
  // Behind a transaction pooler a schema must be chosen inside each transaction (SET LOCAL).
  const scoped = opts.pooler && opts.schema ? `SET LOCAL search_path TO ${opts.schema}` : null;
  // Waiting for a connection is time no statement runs: measured, since a busy pool hides it.
  const acquire = async () => {
    const t0 = performance.now();
    const client = await pool.connect();
    opts.onAcquired?.(performance.now() - t0);
    return client;
  };
  return {
    kind: 'pg',
    async query<T>(text: string, params?: unknown[]) {
      try {
        let rows: T[];
        if (scoped) {
          const client = await acquire();
          try {
            await client.query('BEGIN');
            await client.query(scoped);
            rows = (await client.query(text, params as unknown[])).rows as T[];
            await client.query('COMMIT');
          } catch (err) {
            await client.query('ROLLBACK').catch(() => {});
            throw err;
          } finally {
            client.release();
          }
        } else {
          const client = await acquire();
          try {
            rows = (await client.query(text, params as unknown[])).rows as T[];
            client.release();
          } catch (err) {
            // A connection that failed is closed rather than handed to the next caller.
            client.release(isConnectionError(err));
            throw err;
          }
        }
        answered();
        return rows;
      } catch (err) {
        return failed(err);
      }
    },
    async transaction(fn) {
      let client: pg.PoolClient;
      try {
        client = await acquire();
      } catch (err) {
        return failed(err);
      }
      let broken = false;
      try {
        await client.query('BEGIN');
        if (scoped) await client.query(scoped);
        const result = await fn({
          async query<T>(text: string, params?: unknown[]) {
            const res = await client.query(text, params as unknown[]);
            return res.rows as T[];
          },
        });
        await client.query('COMMIT');
        answered();
        return result;
      } catch (err) {
        broken = isConnectionError(err);
        if (!broken) await client.query('ROLLBACK').catch(() => {});
        return failed(err);
      } finally {
        // A connection that failed is closed rather than handed to the next caller.
        client.release(broken);
      }
    },
    pool: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max: opts.max ?? 20,
    }),
    close: () => pool.end(),
  };
}
