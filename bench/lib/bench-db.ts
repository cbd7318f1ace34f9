// Where the store benchmarks put their data: a database of their own on the PostgreSQL server
// (dropped and recreated, never anything else), or an embedded PGlite data folder.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { acquireDataLock } from '../../src/app/data-lock.js';
import { createCitusDatabase, dropCitusDatabase, isCitus } from '../../src/store/citus-testing.js';
import type { Db } from '../../src/store/db.js';
import { INGEST_SESSION } from '../../src/store/queries/ingest-batch.js';
import { migrate } from '../../src/store/migrate.js';
import { openPg, type PgOptions } from '../../src/store/pg-db.js';
import { openPglite } from '../../src/store/pglite-db.js';
import { loadPlans } from '../../src/store/plans-catalog.js';

export const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432';
export const DEFAULT_HISTORY_URL = `${DEFAULT_SERVER}/bench_ui`;
export const DEFAULT_INGEST_URL = `${DEFAULT_SERVER}/bench_ui_ingest`;

// A guard so a typo can never drop somebody else's database.
const BENCH_DB = /^bench_[a-z0-9_]{1,40}$/;

/** The database name of a URL, checked to be one of ours (bench_*). */
export function benchDbName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!BENCH_DB.test(name)) {
    throw new Error(
      `refusing to use database "${name}": benchmark databases must be named bench_*`,
    );
  }
  return name;
}

/** Drops (if present) and creates the bench_* database named in the URL. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = benchDbName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  // On a Citus coordinator the database is made on every node, with the extension and workers.
  if (await isCitus(admin.toString())) {
    await dropCitusDatabase(admin.toString(), name);
    return createCitusDatabase(admin.toString(), name, 32);
  }
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  } finally {
    await c.end();
  }
}

export interface Target {
  db: Db;
  label: string;
  close(): Promise<void>;
}

/** Opens a migrated server database (pool of `max`). */
export async function openServer(
  url: string,
  max = 4,
  settings?: PgOptions['settings'],
): Promise<Target> {
  benchDbName(url);
  const db = openPg({ connectionString: url, max, ...(settings ? { settings } : {}) });
  await migrate(db);
  await loadPlans(db);
  return { db, label: `PostgreSQL ${url.replace(/\/\/[^@/]*@/, '//')}`, close: () => db.close() };
}

/** `openServer` with the session settings of the service's ingestion pool (a fair raw floor). */
export const openIngestServer = (url: string, max = 4): Promise<Target> =>
  openServer(url, max, INGEST_SESSION);

/**
 * Opens the embedded database of a DATA_DIR (DIR/pgdata, as the service does) under the data
 * lock. mode 'fresh' refuses an existing DIR/pgdata, 'replace' removes it first, 'existing'
 * requires it.
 */
export async function openDataDir(
  dataDir: string,
  mode: 'fresh' | 'replace' | 'existing',
): Promise<Target> {
  const release = acquireDataLock(dataDir, null);
  try {
    const dir = join(dataDir, 'pgdata');
    if (existsSync(dir) && mode === 'fresh')
      throw new Error(`${dir} exists: pass --reset to replace it`);
    if (!existsSync(dir) && mode === 'existing') throw new Error(`${dir} does not exist`);
    if (mode === 'replace') rmSync(dir, { recursive: true, force: true });
    const db = await openPglite(dir);
    await migrate(db);
    await loadPlans(db);
    return {
      db,
      label: `PGlite ${dir}`,
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
