// Migration 014 on a database that already holds events (ADR 15): every row moves into its
// month's partition, ids of the acceptance window go to usage_event_ids, and an event sent again
// afterwards is still a duplicate, never a second row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { ingestBatch } from './queries/ingest-batch.js';
import { createTestDb, type TestDb } from './testing.js';

describe('migration 014 on existing events', () => {
  let t: TestDb;
  const now = Date.now();
  const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();
  beforeAll(async () => {
    t = await createTestDb('013_citus_layout.sql');
    await t.db.query(`INSERT INTO users (user_id) VALUES ('old-user')`);
    await t.db.query(
      `INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id)
       SELECT 'old-user', 'e' || k, 'api.call', $1::timestamptz - k * interval '1 day', 1, NULL
       FROM generate_series(0, 99) AS k`,
      [ago(0)],
    );
    await migrate(t.db);
  });
  afterAll(() => t.drop());

  it('moves every row into its month and keeps the ids of the last 36 days', async () => {
    const count = async (table: string) =>
      (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
    expect(await count('usage_events')).toBe(100);
    // None in the DEFAULT partition: every month with rows got its partition.
    expect(await count('usage_events_default')).toBe(0);
    const ids = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM usage_event_ids`);
    expect(ids[0]!.n).toBeGreaterThanOrEqual(36);
    expect(ids[0]!.n).toBeLessThanOrEqual(37);
  });

  it('answers a repeat of a migrated event as a duplicate and other content as a conflict', async () => {
    const stored = await t.db.query<{ occurred_at: Date }>(
      `SELECT occurred_at FROM usage_events WHERE event_id IN ('e3', 'e80') ORDER BY event_id`,
    );
    const ev = (id: string, at: Date, value = 1) => ({
      id,
      userId: 'old-user',
      type: 'api.call' as const,
      occurredAt: at.getTime(),
      value,
      clientId: null,
    });
    const [e3, e80] = stored.map((r) => new Date(r.occurred_at));
    expect(await ingestBatch(t.db, [ev('e3', e3!), ev('e80', e80!)])).toEqual([
      'duplicate',
      'duplicate',
    ]);
    expect(await ingestBatch(t.db, [ev('e3', new Date(now), 2)])).toEqual(['conflict']);
    const n = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM usage_events`);
    expect(n[0]!.n).toBe(100);
  });
});
