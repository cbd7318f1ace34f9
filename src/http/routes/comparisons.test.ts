// GET /api/usage/comparisons through the app: numbers checked by hand against seeded usage, in a
// zone with DST, for a user with more than a year of history and one with six weeks.
import { describe, expect } from 'vitest';
import type { ComparisonsResponse } from '../../contracts/comparisons.js';
import { ingestEvents } from '../../services/ingest-events.js';
import { runPendingRollups } from '../../services/rebuild-rollups.js';
import { setUser } from '../../services/set-user.js';
import type { TestContext } from '../../services/testing.js';
import { appTest, bearer } from '../testing.js';

const DAY = 86_400_000;
const test = appTest('2026-11-20T12:00:00Z');

// One session event a day at 12:00 UTC (13:00 or 14:00 in Berlin), `days` days back from today.
async function seed(ctx: TestContext, userId: string, days: number, value: (d: number) => number) {
  const early = { ...ctx, now: () => Date.parse('2024-01-01T00:00:00Z') };
  await setUser({ ctx: early, input: { userId, patch: { timeZone: 'Europe/Berlin' } } });
  const events = Array.from({ length: days }, (_, i) => ({
    id: `${userId}-${i + 1}`,
    userId,
    type: 'session.created',
    occurredAt: new Date(ctx.now() - (i + 1) * DAY).toISOString(),
    value: value(i + 1),
  }));
  for (let i = 0; i < events.length; i += 1000)
    await ingestEvents({
      ctx,
      input: { body: { events: events.slice(i, i + 1000) }, backfill: true },
    });
}

describe('comparisons API', () => {
  test.beforeAll(async ({ ctx }) => {
    // 3 sessions a day in the last 364 days, 2 a day before: +50% year over year.
    await seed(ctx, 'yoy', 390, (d) => (d <= 364 ? 3 : 2));
    await seed(ctx, 'newbie', 42, () => 1);
    await runPendingRollups({ ctx, input: { retentionDays: 400 } });
  });

  test('compares a range with the same weekdays a year earlier, by week', async ({ ctx, app }) => {
    const res = await app.inject({
      url: '/api/usage/comparisons?period=custom&from=2026-11-02&to=2026-11-15&groupBy=week&metrics=sessions,minutes',
      headers: await bearer(ctx, 'yoy'),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as ComparisonsResponse;
    expect(body).toMatchObject({
      today: '2026-11-20',
      zone: 'Europe/Berlin',
      historyStart: '2025-10-26',
      period: { from: '2026-11-02', to: '2026-11-15', groupBy: 'week' },
    });
    // The alias `minutes` is answered as audio_minutes.
    expect(body.metrics.map((m) => m.metric)).toEqual(['sessions', 'audio_minutes']);
    const s = body.metrics[0]!;
    // Monday 2 - Sunday 15 November 2026 against Monday 3 - Sunday 16 November 2025 (over the DST change).
    expect(s.yearOverYear.comparison).toMatchObject({
      available: true,
      current: { from: '2026-11-02', to: '2026-11-15', value: 42 },
      previous: { from: '2025-11-03', to: '2025-11-16', value: 28 },
      changePct: 50,
    });
    expect(s.yearOverYear.buckets.map((b) => [b.from, b.value, b.previous])).toEqual([
      ['2026-11-02', 21, 14],
      ['2026-11-09', 21, 14],
    ]);
    // From 26 October 2025: 2025 has no growth (history starts in it), nor 2026 (no year before).
    expect(s.annual.years.map((y) => [y.year, y.from, y.to, y.value, y.growth.available])).toEqual([
      [2025, '2025-10-26', '2025-12-31', 2 * 26 + 3 * 41, false],
      [2026, '2026-01-01', '2026-11-19', 3 * 323, false],
    ]);
    // November 2025 to October 2026: 12 complete months, so seasonality is there.
    expect(s.seasonal).toMatchObject({ available: true, monthsOfHistory: 12 });
    expect(s.monthOverMonth.months.at(-2)).toMatchObject({
      month: '2026-10',
      value: 93,
      previous: 90,
      changePct: 3.3,
    });
    expect(s.weekly.weeks).toHaveLength(26);
    expect(s.weekly.trend).toMatchObject({ available: true, direction: 'stable' });
  });

  test('says what a user with six weeks of history cannot have yet', async ({ ctx, app }) => {
    const res = await app.inject({
      url: '/api/usage/comparisons?period=30d&metrics=sessions',
      headers: await bearer(ctx, 'newbie'),
    });
    const s = (res.json() as ComparisonsResponse).metrics[0]!;
    expect(s.yearOverYear.comparison).toEqual({
      available: false,
      reason: 'the history does not reach back to the same weekdays a year earlier',
    });
    expect(s.yearOverYear.buckets.every((b) => b.previous === null)).toBe(true);
    expect(s.seasonal).toEqual({
      available: false,
      reason: 'seasonal variation needs 12 complete months of history; there are 0',
    });
    expect(s.monthOverMonth.months.map((m) => [m.month, m.complete])).toEqual([
      ['2026-10', false],
      ['2026-11', false],
    ]);
  });

  test('refuses unknown metrics and bad ranges like the history', async ({ ctx, app }) => {
    const h = await bearer(ctx, 'yoy');
    for (const q of ['metrics=nope', 'period=custom&from=2026-11-10&to=2026-11-01']) {
      const res = await app.inject({ url: `/api/usage/comparisons?${q}`, headers: h });
      expect(res.statusCode, q).toBe(400);
    }
  });
});
