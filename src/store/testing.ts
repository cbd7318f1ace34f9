// Test databases: in-memory PGlite by default, or a throwaway schema on the server when DATABASE_URL
// is set (a Citus coordinator too: see citus-testing.ts).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject, test } from 'vitest';
import { createCitusDatabase, dropCitusDatabase, preparedForCitus } from './citus-testing.js';
import type { Db } from './db.js';
import { migrate } from './migrate.js';
import { openPg } from './pg-db.js';
import { openPglite } from './pglite-db.js';
import { loadPlans, readPlansFile } from './plans-catalog.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tarball of a migrated PGlite database with the plans loaded (pglite-template.global.ts); null on a server. */
    pgliteTemplate: string | null;
  }
}

export interface TestDb {
  db: Db;
  /** Closes the database and drops whatever the test made. */
  drop(): Promise<void>;
}

// Before migration 016 plans have no currency column: a database migrated only that far (a test
// of a later migration on older data) gets the catalogue with the columns it has.
async function plansFor(db: Db, until: string | undefined): Promise<void> {
  if (until === undefined || until >= '016') return void (await loadPlans(db));
  for (const p of readPlansFile())
    await db.query(
      `INSERT INTO plans (name, display_name, price_usd, limits, overage, sort_order)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (name) DO NOTHING`,
      [
        p.name,
        p.displayName,
        p.priceUsd,
        JSON.stringify(p.limits),
        JSON.stringify(p.overage),
        p.sortOrder,
      ],
    );
}

/** A fresh, migrated database (up to the migration `until`, if given) with the default plans loaded, isolated from every other test. */
export async function createTestDb(until?: string): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    // The whole schema: a copy of the one vitest's global setup migrated (pglite-template.global.ts).
    const template = until === undefined ? inject('pgliteTemplate') : null;
    if (template) {
      const db = await openPglite(null, new Blob([readFileSync(template)]));
      return { db, drop: () => db.close() };
    }
    const db = await openPglite(null);
    await migrate(db, until);
    await plansFor(db, until);
    return { db, drop: () => db.close() };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await preparedForCitus(admin);
  await admin.end();
  const db = openPg({
    connectionString: url,
    schema,
    max: 8,
    pooler: process.env.DATABASE_POOLER === 'pgbouncer',
  });
  await migrate(db, until);
  await plansFor(db, until);
  return {
    db,
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/**
 * A test with the fixture `t`: one database (createTestDb) for the whole file, set up for the
 * first test that asks for it and dropped after the last. Extend it for more fixtures.
 */
// eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's needs from this pattern.
export const dbTest = test.extend('t', { scope: 'file' }, async ({}, { onCleanup }) => {
  const t = await createTestDb();
  onCleanup(() => t.drop());
  return t;
});

/** A fresh, empty database on the server for a test that starts the service itself; null without DATABASE_URL. */
export async function createTestDatabaseUrl(): Promise<{
  url: string;
  drop(): Promise<void>;
} | null> {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const citus = await preparedForCitus(admin);
  if (!citus) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  if (citus) await createCitusDatabase(url, name);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    url: own.toString(),
    async drop() {
      if (citus) return dropCitusDatabase(url, name);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
