import { describe, expect } from 'vitest';
import { createCaches } from './caches.js';
import type { HistoryResponse } from './get-history.js';
import { cachedForVersion } from './history-cache.js';
import { serviceTest } from './testing.js';

const test = serviceTest('2026-11-28T12:00:00Z');

describe('history cache', () => {
  test.beforeAll(async ({ t }) => {
    await t.db.query(`INSERT INTO users (user_id, time_zone) VALUES ('c1', 'Asia/Tokyo')`);
  });

  const counting = (bytes = 10) => {
    const calls: string[] = [];
    const compute = async (zone: string) => {
      calls.push(zone);
      await new Promise((r) => setTimeout(r, 20));
      return { n: calls.length, pad: 'x'.repeat(bytes) } as unknown as HistoryResponse;
    };
    return { calls, compute };
  };

  test('computes once for concurrent requests of the same answer, in the user’s zone', async ({
    ctx,
  }) => {
    const { calls, compute } = counting();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => cachedForVersion(ctx, 'c1', 'k1', undefined, false, compute)),
    );
    expect(calls).toEqual(['Asia/Tokyo']);
    expect(new Set(answers).size).toBe(1);
  });

  test('recomputes once the user’s data version changes', async ({ ctx, t }) => {
    const { calls, compute } = counting();
    await cachedForVersion(ctx, 'c1', 'k2', undefined, false, compute);
    await t.db.query(
      `UPDATE users SET updated_at = now() + interval '1 second' WHERE user_id = 'c1'`,
    );
    await cachedForVersion(ctx, 'c1', 'k2', undefined, false, compute);
    expect(calls).toHaveLength(2);
  });

  test('recomputes when the user’s local day turns, not the UTC day', async ({ ctx }) => {
    const { calls, compute } = counting();
    ctx.setNow('2026-11-28T14:30:00Z'); // 23:30 in Tokyo
    await cachedForVersion(ctx, 'c1', 'k3', undefined, false, compute);
    ctx.setNow('2026-11-28T15:30:00Z'); // 00:30 the next day in Tokyo, same UTC day
    await cachedForVersion(ctx, 'c1', 'k3', undefined, false, compute);
    expect(calls).toHaveLength(2);
    ctx.setNow('2026-11-28T12:00:00Z');
  });

  test('keeps nothing with no budget, and never keeps a failed computation', async ({ ctx }) => {
    const off = { ...ctx, caches: createCaches({ maxBytes: 0 }) };
    const { calls, compute } = counting();
    await cachedForVersion(off, 'c1', 'k', undefined, false, compute);
    await cachedForVersion(off, 'c1', 'k', undefined, false, compute);
    expect(calls).toHaveLength(2);

    const failing = () => Promise.reject(new Error('database went away'));
    await expect(cachedForVersion(ctx, 'c1', 'f', undefined, false, failing)).rejects.toThrow();
    const fine = { fine: true } as unknown as HistoryResponse;
    expect(await cachedForVersion(ctx, 'c1', 'f', undefined, false, async () => fine)).toBe(fine);
  });

  test('holds no more bytes than its budget, dropping the least recently used answers', async ({
    ctx,
  }) => {
    // 1 MB for all caches: 600 KB for history answers, each weighed at about 4 × 50 KB.
    const small = { ...ctx, caches: createCaches({ maxBytes: 1024 * 1024 }) };
    const { calls, compute } = counting(50_000);
    for (let i = 0; i < 10; i++)
      await cachedForVersion(small, 'c1', `q${i}`, undefined, false, compute);
    expect(small.caches.history.bytes).toBeLessThanOrEqual(600 * 1024);
    await cachedForVersion(small, 'c1', 'q9', undefined, false, compute); // kept: most recent
    expect(calls).toHaveLength(10);
    await cachedForVersion(small, 'c1', 'q0', undefined, false, compute); // dropped long ago
    expect(calls).toHaveLength(11);
  });
});
