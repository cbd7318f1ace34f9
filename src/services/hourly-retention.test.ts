// Retention tiers (ADR 15): hourly rollup rows go after HOURLY_RETENTION_DAYS, daily and monthly
// rows stay. Day and month answers across the horizon stay exactly what they were; an hourly
// answer (or days of another zone) before it is a 400 naming where hours begin; a zone change
// afterwards keeps every total.
import { describe, expect } from 'vitest';
import { historyQuerySchema } from '../domain/history-query.js';
import { applyRetention } from './apply-retention.js';
import { AppError } from './errors.js';
import { getHistory } from './get-history.js';
import { ingestEvents } from './ingest-events.js';
import { rollupUser } from './rollup-user.js';
import { setUser } from './set-user.js';
import { serviceTest } from './testing.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const DAY = 86_400_000;
const USER = 'tiers';
const test = serviceTest(new Date(NOW).toISOString(), { hourlyRetentionDays: 400 });

describe('hourly rows kept for 400 days, days and months for good', () => {
  test('answers days and months exactly across the horizon and refuses hours before it', async ({
    ctx: base,
    t,
  }) => {
    // No answer cache: every answer below is read from the rows as they are then.
    const ctx = { ...base, caches: undefined };
    await setUser({ ctx, input: { userId: USER, patch: { timeZone: 'Europe/Berlin' } } });
    // 20 months of usage, three events a day, ingested month by month with the clock there.
    const start = NOW - 600 * DAY;
    for (let m = 0; m < 20; m++) {
      const from = start + m * 30 * DAY;
      const events = Array.from({ length: 90 }, (_, k) => ({
        id: `m${m}-${k}`,
        userId: USER,
        type: 'api.call' as const,
        occurredAt: new Date(
          from + Math.floor(k / 3) * DAY + (k % 3) * 7 * 3_600_000,
        ).toISOString(),
        value: 1 + (k % 5),
      }));
      ctx.setNow(from + 30 * DAY);
      await applyRetention({ ctx, input: { retentionDays: 3650 } });
      await ingestEvents({ ctx, input: { body: { events } } });
      await rollupUser({ ctx, input: { userId: USER, retentionDays: 3650 } });
    }
    ctx.setNow(NOW);
    const ask = (q: Record<string, string>) =>
      getHistory({ ctx, input: { userId: USER, query: historyQuerySchema.parse(q) } });
    const days = { period: 'custom', from: '2025-07-01', to: '2026-01-31', groupBy: 'day' };
    const months = { period: 'custom', from: '2025-03-01', to: '2026-10-31', groupBy: 'month' };
    const old = { period: 'custom', from: '2025-08-01', to: '2025-08-02', groupBy: 'hour' };
    const recent = { period: 'custom', from: '2026-11-01', to: '2026-11-02', groupBy: 'hour' };
    const before = [await ask(days), await ask(months)];

    const r = await applyRetention({
      ctx,
      input: { retentionDays: 400, hourlyRetentionDays: 400 },
    });
    expect(r.deleted.hourly).toBeGreaterThan(0);
    // Deleted by whole Berlin months: 435 days before the clock (400 + the 35-day margin after raw
    // events) lies in September 2025, so hours begin on 1 September 2025, Berlin time.
    const first = await t.db.query<{ s: string }>(
      `SELECT min(period_start)::text AS s FROM usage_history WHERE user_id = $1 AND period_type = 'hourly'`,
      [USER],
    );
    const firstHour = Date.parse(first[0]!.s);
    expect(firstHour).toBeGreaterThanOrEqual(Date.parse('2025-08-31T22:00:00Z'));
    expect(firstHour).toBeLessThan(Date.parse('2025-09-01T22:00:00Z'));
    // Client rows keep the same horizon as the totals.
    const firstClient = await t.db.query<{ s: string }>(
      `SELECT min(period_start)::text AS s FROM usage_client_history
       WHERE user_id = $1 AND period_type = 'hourly'`,
      [USER],
    );
    expect(Date.parse(firstClient[0]!.s)).toBe(firstHour);

    expect(await ask(days)).toEqual(before[0]);
    expect(await ask(months)).toEqual(before[1]);
    expect((await ask(recent)).buckets).toHaveLength(48);
    const refused = await ask(old).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).issues[0]).toMatchObject({ field: 'groupBy' });
    expect((refused as AppError).message).toMatch(/kept for 400 days.*on or after 2025-10-2\d/);
    // Days of another zone are made of hours: refused before the horizon, answered after it.
    const ny = await ask({ ...days, tz: 'America/New_York' }).catch((e: unknown) => e);
    expect((ny as AppError).issues[0]).toMatchObject({ field: 'tz' });
    const nyRecent = { ...days, from: '2026-10-01', to: '2026-11-20', tz: 'America/New_York' };
    expect((await ask(nyRecent)).totals.api_calls).toBeGreaterThan(0);

    // A zone change re-derives what hours still back and keeps every older total.
    await setUser({ ctx, input: { userId: USER, patch: { timeZone: 'America/New_York' } } });
    while ((await rollupUser({ ctx, input: { userId: USER, retentionDays: 400 } })).markers > 0);
    const sums = await t.db.query<{ period_type: string; n: number }>(
      `SELECT period_type, sum(api_calls_made)::int AS n FROM usage_history WHERE user_id = $1
       GROUP BY 1 ORDER BY 1`,
      [USER],
    );
    // 20 months of 90 events worth 1 to 5 (18 of each): 5,400 api calls.
    const all = { period: 'custom', from: '2025-03-01', to: '2026-11-28', groupBy: 'month' };
    expect((await ask(all)).totals.api_calls).toBe(5400);
    expect(sums.find((s) => s.period_type === 'daily')!.n).toBe(5400);
    expect(sums.find((s) => s.period_type === 'monthly')!.n).toBe(5400);
    const clientSums = await t.db.query<{ period_type: string; n: number }>(
      `SELECT period_type, sum(api_calls_made)::int AS n FROM usage_client_history
       WHERE user_id = $1 GROUP BY 1 ORDER BY 1`,
      [USER],
    );
    expect(clientSums.find((s) => s.period_type === 'daily')!.n).toBe(5400);
    expect(clientSums.find((s) => s.period_type === 'monthly')!.n).toBe(5400);
  }, 300_000);
});
