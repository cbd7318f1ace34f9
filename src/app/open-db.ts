// Opens the configured database: a PostgreSQL server when DATABASE_URL is set, else embedded PGlite.
import { join } from 'node:path';
import type { Config } from '../config/config.js';
import type { Db } from '../store/db.js';
import { migrate } from '../store/migrate.js';
import { openPg, type PgOptions } from '../store/pg-db.js';
import { openPglite } from '../store/pglite-db.js';
import { loadPlans } from '../store/plans-catalog.js';
import { acquireDataLock } from './data-lock.js';

export interface OpenedDb {
  db: Db;
  close(): Promise<void>;
}

/** Opens, migrates and loads the plan catalogue; the embedded database is locked to this process. */
export async function openDatabase(
  config: Config,
  port: number | null = null,
  onAvailability?: (up: boolean, err?: unknown) => void,
  onAcquired?: (waitMs: number) => void,
): Promise<OpenedDb> {
  if (config.databaseUrl) {
    const db = openPg({
      connectionString: config.databaseUrl,
      onAvailability,
      onAcquired,
      pooler: config.pgbouncer,
    });
    await migrate(db);
    await loadPlans(db, config.plansFile);
    return { db, close: () => db.close() };
  }
  const release = acquireDataLock(config.dataDir, port);
  try {
    const db = await openPglite(join(config.dataDir, 'pgdata'));
    await migrate(db);
    await loadPlans(db, config.plansFile);
    return {
      db,
      async close() {
        await db.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/**
 * A pool of its own on a server, for one kind of work: the job worker (one connection per job
 * lane, two for the periodic sweeps), whose rollup transactions hold a connection across a dozen
 * round trips, and ingestion, whose one-statement batches must not queue behind history reads
 * for a connection. The embedded database has one connection: shared.
 */
export function openLane(
  config: Config,
  db: Db,
  max: number,
  settings?: PgOptions['settings'],
): { db: Db; close(): Promise<void> } {
  if (db.kind !== 'pg' || !config.databaseUrl) return { db, close: async () => {} };
  const lane = openPg({
    connectionString: config.databaseUrl,
    pooler: config.pgbouncer,
    max,
    ...(settings ? { settings } : {}),
  });
  return { db: lane, close: () => lane.close() };
}
