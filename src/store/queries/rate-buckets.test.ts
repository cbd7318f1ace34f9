import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing.js';
import { sweepSharedBuckets, takeSharedBucket } from './rate-buckets.js';

describe('shared rate buckets', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it('grants a burst, then refuses with what is left, per key', async () => {
    const perMs = 1 / 60_000; // one a minute: no refill within the test
    const got = [];
    for (let i = 0; i < 5; i++) got.push(await takeSharedBucket(t.db, 'k1', 3, perMs, 1));
    expect(got.slice(0, 3)).toEqual([null, null, null]);
    expect(got[3]).toBeGreaterThanOrEqual(0);
    expect(got[3]).toBeLessThan(0.01);
    expect(await takeSharedBucket(t.db, 'k2', 3, perMs, 3)).toBeNull();
    expect(await takeSharedBucket(t.db, 'k2', 3, perMs, 1)).not.toBeNull();
  });

  it('keeps the buckets in an unlogged table (a charge writes no WAL and waits for no flush)', async () => {
    const [row] = await t.db.query<{ p: string }>(
      `SELECT relpersistence AS p FROM pg_class WHERE oid = 'rate_buckets'::regclass`,
    );
    expect(row).toEqual({ p: 'u' });
  });

  it('refills with time and forgets idle buckets', async () => {
    const fast = 1; // a token a millisecond
    expect(await takeSharedBucket(t.db, 'r', 2, fast, 2)).toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    expect(await takeSharedBucket(t.db, 'r', 2, fast, 2)).toBeNull();
    await new Promise((r) => setTimeout(r, 30));
    await sweepSharedBuckets(t.db, 10);
    const [{ n }] = (await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM rate_buckets WHERE key = 'r'`,
    )) as [{ n: number }];
    expect(n).toBe(0);
  });
});
