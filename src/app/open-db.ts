// Opens the configured database: a PostgreSQL server when DATABASE_URL is set, else embedded PGlite.
import { join } from 'node:path';
import type { Config } from '../config/config.js';
import type { Db } from '../store/db.js';
import { migrate } from '../store/migrate.js';
import { openPg } from '../store/pg-db.js';
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
