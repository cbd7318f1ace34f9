import { describe, expect, it } from 'vitest';
import { PLANS } from '../testing/plans.js';
import { dailySeries, metricSeries, noise } from '../testing/series.js';
import { usageVsLimits, utilizationByMonth } from './limits.js';
import { monthOverMonth, yearOverYear } from './periods.js';

const clock = { now: '2025-03-10T15:00:00Z', zone: 'UTC' };

describe('month over month', () => {
  it('compares 9 complete days of March with 1-9 February, and February with January', () => {
    // Jan: 10/day, Feb: 12/day, March: 15/day (today, the 10th, is partial and ignored).
    const daily = dailySeries('2025-01-01', 69, (_, d) => ({
      sessions: d < '2025-02-01' ? 10 : d < '2025-03-01' ? 12 : 15,
    }));
    const m = monthOverMonth(daily, 'sessions', clock);
    expect(m.monthToDate).toMatchObject({
      available: true,
      current: { from: '2025-03-01', to: '2025-03-09', days: 9, value: 135 },
      previous: { from: '2025-02-01', to: '2025-02-09', days: 9, value: 108 },
      changePct: 25,
      direction: 'up',
    });
    expect(m.fullMonth).toMatchObject({
      current: { value: 12 * 28 },
      previous: { value: 310 },
      direction: 'up',
    });
  });

  it('clamps the previous window to the shorter month (30 March vs February)', () => {
    const daily = metricSeries('2025-01-01', 'sessions', new Array(89).fill(1));
    const m = monthOverMonth(daily, 'sessions', { now: '2025-03-30T12:00:00Z', zone: 'UTC' });
    expect(m.monthToDate).toMatchObject({
      previous: { to: '2025-02-28', days: 28 },
      current: { days: 29 },
    });
  });

  it('calls a noisy but unchanged month stable, and refuses without history', () => {
    const r = noise(3);
    const daily = dailySeries('2025-01-01', 69, () => ({ sessions: 20 + 8 * r() }));
    expect(monthOverMonth(daily, 'sessions', clock).fullMonth).toMatchObject({
      direction: 'stable',
    });
    const short = metricSeries('2025-02-20', 'sessions', new Array(19).fill(1));
    expect(monthOverMonth(short, 'sessions', clock).fullMonth.available).toBe(false);
    expect(
      monthOverMonth(short, 'sessions', { now: '2025-03-01T10:00:00Z', zone: 'UTC' }).monthToDate,
    ).toMatchObject({
      available: false,
    });
  });
});

describe('year over year', () => {
  it('aligns by weekday: 364 days back, so weekend dips meet weekend dips', () => {
    // Weekly rhythm (weekends 0) and 50% growth over the year.
    const daily = dailySeries('2024-01-01', 435, (i, d) => ({
      sessions: (d >= '2025-01-01' ? 15 : 10) * (i % 7 >= 5 ? 0 : 1),
    }));
    const y = yearOverYear(daily, 'sessions', clock);
    expect(y.comparison).toMatchObject({
      available: true,
      current: { from: '2025-02-10', to: '2025-03-09', value: 15 * 20 },
      previous: { from: '2024-02-12', to: '2024-03-10', value: 10 * 20 },
      changePct: 50,
      direction: 'up',
    });
  });
});

describe('usage against limits', () => {
  it('counts this month with today, a gauge at its latest, and flags the warning zone', () => {
    const daily = dailySeries('2025-02-20', 19, (_, d) => ({
      sessions: d >= '2025-03-01' ? 21 : 100,
      storage_mb: d === '2025-03-10' ? 4100 : 3000,
      audio_minutes: 70,
    }));
    const u = usageVsLimits(daily, PLANS, 'starter', clock);
    const by = Object.fromEntries(u.metrics.map((m) => [m.metric, m]));
    expect(by.sessions).toMatchObject({
      used: 210,
      limit: 250,
      remaining: 40,
      pct: 84,
      status: 'warning',
      overage: 'blocked',
    });
    expect(by.storage_mb).toMatchObject({ kind: 'level', used: 4100, pct: 82, status: 'warning' });
    expect(by.audio_minutes).toMatchObject({
      used: 700,
      status: 'limit-reached',
      overage: 'billed',
      remaining: 0,
    });
    expect(usageVsLimits(daily, PLANS, 'enterprise', clock).metrics[0]).toMatchObject({
      status: 'unlimited',
      pct: null,
    });
  });

  it('gives utilization per month against the plan in force, with the binding metric', () => {
    const daily = dailySeries('2024-12-01', 100, () => ({ sessions: 5, exports: 1 }));
    const t = utilizationByMonth(daily, PLANS, 'pro', clock, { '2024-12': 'starter' });
    expect(t.months.map((m) => [m.month, m.plan, m.complete])).toEqual([
      ['2024-12', 'starter', true],
      ['2025-01', 'pro', true],
      ['2025-02', 'pro', true],
      ['2025-03', 'pro', false],
    ]);
    // December on starter: 155 / 250 sessions = 62%, 31 / 50 exports = 62%.
    expect(t.months[0]?.pct.sessions).toBe(62);
    expect(t.months[1]?.binding).toEqual({ metric: 'sessions', pct: 15.5 });
    expect(t.trend.available).toBe(false);
  });
});
