import { describe, expect } from 'vitest';
import type { UsageEvent } from '../../domain/events.js';
import { createTestDb, dbTest as test } from '../testing.js';
import { ingestBatch } from './ingest-batch.js';
import { KnownUsers } from './known-users.js';

const H = 3_600_000;
const T0 = Date.parse('2026-11-20T00:00:00Z');
const ev = (userId: string, id: string, hour: number): UsageEvent => ({
  userId,
  id,
  type: 'api.call',
  occurredAt: T0 + hour * H,
  value: 1,
  clientId: null,
});

describe('ingestBatch', () => {
  test('creates each unknown user once, with its plan history, in every database it writes to', async ({
    t,
  }) => {
    const users = async (db: typeof t.db) =>
      db.query<{ user_id: string; plans: number }>(
        `SELECT u.user_id, (SELECT count(*)::int FROM user_plan_history h WHERE h.user_id = u.user_id) AS plans
         FROM users u ORDER BY 1`,
      );
    const known = new KnownUsers(1 << 20);
    expect(await ingestBatch(t.db, [ev('ann', 'a1', 0), ev('bob', 'b1', 0)], known)).toEqual([
      'inserted',
      'inserted',
    ]);
    // ann is known now, and is not sent again; carl is new in the same batch.
    expect(known.unknown(['ann', 'carl', 'carl'])).toEqual(['carl']);
    await ingestBatch(t.db, [ev('ann', 'a2', 1), ev('carl', 'c1', 1)], known);
    expect(await users(t.db)).toEqual([
      { user_id: 'ann', plans: 1 },
      { user_id: 'bob', plans: 1 },
      { user_id: 'carl', plans: 1 },
    ]);
    // Another database has its own context and set: what the first one holds says nothing of it.
    const other = await createTestDb();
    try {
      await ingestBatch(other.db, [ev('ann', 'a1', 0)], new KnownUsers(1 << 20));
      expect(await users(other.db)).toEqual([{ user_id: 'ann', plans: 1 }]);
    } finally {
      await other.drop();
    }
    // A batch that fails remembers nobody: dora, refused with it, is created by the next batch.
    const bad = { ...ev('dora', 'd0', 0), value: 1e30 }; // beyond numeric(20, 6)
    await expect(ingestBatch(t.db, [ev('dora', 'd1', 0), bad], known)).rejects.toThrow();
    expect(known.unknown(['dora'])).toEqual(['dora']);
    await ingestBatch(t.db, [ev('dora', 'd1', 0)], known);
    expect((await users(t.db)).map((u) => u.user_id)).toContain('dora');
  });

  test('keeps no user with no room', () => {
    const none = new KnownUsers(0);
    none.remember(['ann']);
    expect(none.unknown(['ann'])).toEqual(['ann']);
    const small = new KnownUsers(500);
    small.remember(['a', 'b', 'c', 'd', 'e']);
    expect(small.unknown(['a', 'b', 'c', 'd', 'e']).length).toBeGreaterThan(0);
  });

  test('marks each stale (user, hour) of a batch once, with one version per batch, newer each batch', async ({
    t,
  }) => {
    const markers = async (user: string) =>
      t.db.query<{ h: string; v: number }>(
        `SELECT to_char(utc_hour AT TIME ZONE 'UTC', 'HH24') AS h, version AS v FROM rollup_dirty
         WHERE user_id = $1 ORDER BY version, utc_hour`,
        [user],
      );
    await ingestBatch(t.db, [ev('eve', 'e1', 0), ev('eve', 'e2', 0.5), ev('eve', 'e3', 2)]);
    const first = await markers('eve');
    expect(first.map((m) => m.h)).toEqual(['00', '02']);
    expect(first[0]!.v).toBe(first[1]!.v);
    // A repeat inserts nothing and marks nothing; new events of hour 0 add a newer marker.
    await ingestBatch(t.db, [ev('eve', 'e1', 0)]);
    expect(await markers('eve')).toEqual(first);
    await ingestBatch(t.db, [ev('eve', 'e4', 0.25)]);
    const second = await markers('eve');
    expect(second).toHaveLength(3);
    expect(second[2]!.h).toBe('00');
    expect(second[2]!.v).toBeGreaterThan(first[0]!.v);
  });
});
