import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../store/testing.js';
import { cachedForVersion, clearHistoryCache, setHistoryCacheSize } from './history-cache.js';

describe('history cache', () => {
  let t: TestDb;
  const now = Date.parse('2026-11-28T12:00:00Z');
  beforeAll(async () => {
    t = await createTestDb();
    await t.db.query(`INSERT INTO users (user_id, time_zone) VALUES ('c1', 'Asia/Tokyo')`);
  });
  afterAll(() => t.drop());
  afterEach(() => {
    setHistoryCacheSize(5000);
    clearHistoryCache();
  });

  const counting = () => {
    const calls: string[] = [];
    const compute = async (zone: string) => {
      calls.push(zone);
      await new Promise((r) => setTimeout(r, 20));
      return { n: calls.length };
    };
    return { calls, compute };
  };

  it('computes once for concurrent requests of the same answer, in the user’s zone', async () => {
    const { calls, compute } = counting();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        cachedForVersion(t.db, 'c1', 'k', now, undefined, false, compute),
      ),
    );
    expect(calls).toEqual(['Asia/Tokyo']);
    expect(new Set(answers).size).toBe(1);
  });

  it('recomputes once the user’s data version changes', async () => {
    const { calls, compute } = counting();
    await cachedForVersion(t.db, 'c1', 'k', now, undefined, false, compute);
    await t.db.query(
      `UPDATE users SET updated_at = now() + interval '1 second' WHERE user_id = 'c1'`,
    );
    await cachedForVersion(t.db, 'c1', 'k', now, undefined, false, compute);
    expect(calls).toHaveLength(2);
  });

  it('keeps nothing when sized 0, and never keeps a failed computation', async () => {
    setHistoryCacheSize(0);
    const { calls, compute } = counting();
    await cachedForVersion(t.db, 'c1', 'k', now, undefined, false, compute);
    await cachedForVersion(t.db, 'c1', 'k', now, undefined, false, compute);
    expect(calls).toHaveLength(2);

    setHistoryCacheSize(10);
    const failing = () => Promise.reject(new Error('database went away'));
    await expect(
      cachedForVersion(t.db, 'c1', 'f', now, undefined, false, failing),
    ).rejects.toThrow();
    const ok = await cachedForVersion(t.db, 'c1', 'f', now, undefined, false, async () => 'fine');
    expect(ok).toBe('fine');
  });
});
