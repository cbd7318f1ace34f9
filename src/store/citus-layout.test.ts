// On a Citus coordinator (DATABASE_URL), the migrated schema is laid out as ADR 13 says: every
// table with a user_id is sharded by it in one co-location group, plans is a reference table, and
// the global state stays on the coordinator. A later migration that adds a user table without
// distributing it fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCitus } from './citus-testing.js';
import { createTestDb, type TestDb } from './testing.js';

const url = process.env.DATABASE_URL;
const citus = url ? await isCitus(url) : false;

describe.skipIf(!citus)('the schema on Citus', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  // Each table of the test's schema with how Citus holds it: 'hash:user_id:<group>',
  // 'reference' or 'local'.
  async function layout(): Promise<Record<string, string>> {
    const rows = await t.db.query<{ name: string; how: string }>(
      `SELECT c.relname AS name,
         CASE p.partmethod
           WHEN 'h' THEN 'hash:' || column_to_column_name(p.logicalrelid, p.partkey) || ':' || p.colocationid
           WHEN 'n' THEN 'reference'
           ELSE 'local' END AS how
       FROM pg_class c LEFT JOIN pg_dist_partition p ON p.logicalrelid = c.oid
       WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')`,
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.how]));
  }

  it('shards every table with a user_id by it, co-located with users', async () => {
    const tables = await layout();
    const withUser = await t.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name = 'user_id'`,
    );
    expect(withUser.length).toBeGreaterThan(10);
    const users = tables['users'];
    expect(users).toMatch(/^hash:user_id:\d+$/);
    for (const { table_name } of withUser) expect(tables[table_name], table_name).toBe(users);
  });

  it('keeps plans on every node and global state on the coordinator', async () => {
    const tables = await layout();
    expect(tables['plans']).toBe('reference');
    for (const name of ['jobs', 'rate_buckets', 'peer_cohorts', 'schema_migrations'])
      expect(tables[name], name).toBe('local');
  });

  it('keeps the foreign keys it had to drop to place the tables', async () => {
    const keys = await t.db.query<{ k: string }>(
      `SELECT conrelid::regclass::text || '->' || confrelid::regclass::text AS k FROM pg_constraint
       WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY 1`,
    );
    expect(keys.map((r) => r.k)).toEqual([
      'alert_settings->users',
      'api_keys->users',
      'report_subscriptions->users',
      'spend_budgets->users',
      'user_plan_history->plans',
      'user_plan_history->users',
      'users->plans',
    ]);
  });
});
