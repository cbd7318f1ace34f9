import { describe, expect, it } from 'vitest';
import type { Metric } from '../../domain/metrics.js';
import { seededNormal } from '../../domain/rng.js';
import { PLANS } from '../testing/plans.js';
import { dailySeries, noise } from '../testing/series.js';
import type { DailyPoint, MetricForecast, MetricValues } from '../types.js';
import { forecastUsage } from './usage-forecast.js';

const NOW = '2025-03-10T12:00:00Z'; // March has 31 days; 9 complete days, today partial.

function series(fill: (i: number) => MetricValues, days = 100): DailyPoint[] {
  // 2024-12-01 + 99 days = 2025-03-10 (today).
  return dailySeries('2024-12-01', days, fill);
}

function only(
  daily: DailyPoint[],
  metric: Metric,
  plan = 'starter',
  now = NOW,
  zone = 'UTC',
): MetricForecast {
  const f = forecastUsage(
    { daily, plans: PLANS, currentPlan: plan, now, zone },
    { metrics: [metric], paths: 1000 },
  );
  const m = f.metrics[0];
  if (!m?.available) throw new Error(m ? m.reason : 'no metric');
  return m;
}

describe('billing-month forecast', () => {
  const r = noise(1);
  const steady = series((i) => ({ sessions: i === 99 ? 4 : 10 + 0.5 * r(), audio_minutes: 1 }));

  it('projects a steady 10/day to about 310 for March and the 250 limit to the 25th', () => {
    const f = only(steady, 'sessions');
    expect(f.period).toEqual({
      from: '2025-03-01',
      to: '2025-03-31',
      daysElapsed: 9,
      daysRemaining: 22,
    });
    expect(f.toDate).toBeCloseTo(94, 0);
    expect(f.projected.point).toBeGreaterThan(300);
    expect(f.projected.point).toBeLessThan(320);
    expect(f.projected.p80.lower).toBeLessThanOrEqual(f.projected.point);
    expect(f.projected.p95.lower).toBeLessThanOrEqual(f.projected.p80.lower);
    expect(f.projected.p95.upper).toBeGreaterThanOrEqual(f.projected.p80.upper);
    expect(f.limitReach.status).toBe('expected');
    if (f.limitReach.status !== 'expected') return;
    expect(['2025-03-24', '2025-03-25', '2025-03-26']).toContain(f.limitReach.date);
    expect(f.limitReach.earliest <= f.limitReach.date).toBe(true);
    expect(f.limitReach.latest === null || f.limitReach.latest >= f.limitReach.date).toBe(true);
    expect(f.daily).toHaveLength(30);
    expect(f.daily[0]?.date).toBe('2025-03-10');
  });

  it('does not expect a limit that usage stays far below', () => {
    const f = only(steady, 'audio_minutes');
    expect(f.limitReach).toMatchObject({ status: 'notExpected', periodEnd: '2025-03-31' });
  });

  it('reports a limit already reached with the day it happened', () => {
    const f = only(steady, 'sessions', 'free');
    // 10 + 10 + ~10 crosses 25 on the 3rd.
    expect(f.limitReach).toEqual({ status: 'reached', date: '2025-03-03' });
  });

  it('says unlimited on a plan without limits', () => {
    expect(only(steady, 'sessions', 'enterprise').limitReach).toEqual({ status: 'unlimited' });
  });

  it('uses today as a floor: a busy morning raises the projection', () => {
    const busy = series((i) => ({ sessions: i === 99 ? 200 : 10 }));
    const f = only(busy, 'sessions');
    expect(f.toDate).toBe(290);
    expect(f.projected.point).toBeGreaterThanOrEqual(290 + 21 * 10 - 1);
    expect(f.daily[0]?.lower95).toBe(200);
    expect(f.limitReach).toEqual({ status: 'reached', date: '2025-03-10' });
  });

  it('falls back to a run rate on a week of history and says so', () => {
    const short = series((i) => ({ sessions: i === 6 ? 3 : 10 + 2 * r() }), 7);
    const f = only(short, 'sessions', 'starter', '2025-12-07T12:00:00Z');
    expect(f.method).toBe('run-rate');
    expect(f.note).toMatch(/run rate/);
    const long = only(steady, 'sessions');
    const rel = (m: MetricForecast): number =>
      (m.projected.p80.upper - m.projected.p80.lower) / m.projected.point;
    expect(rel(f)).toBeGreaterThan(2 * rel(long));
  });

  it('projects a growing storage gauge to cross its limit near the 27th', () => {
    // 1530 + 30/day reaches 4500 today and 5000 about 17 days later.
    const storage = series((i) => ({ storage_mb: 1530 + 30 * i }));
    const f = only(storage, 'storage_mb');
    expect(f.kind).toBe('level');
    expect(f.toDate).toBe(4500);
    expect(f.projected.point).toBeCloseTo(4500 + 21 * 30, -1);
    expect(f.limitReach.status).toBe('expected');
    if (f.limitReach.status === 'expected')
      expect(['2025-03-26', '2025-03-27', '2025-03-28']).toContain(f.limitReach.date);
    // Demand of a gauge is its peak over the next 30 days: about 4500 + 29 * 30.
    expect(f.demand.percentiles[49]).toBeGreaterThan(5250);
  });

  it('reads the billing month in the user zone', () => {
    const f = only(steady, 'sessions', 'starter', '2025-04-01T02:00:00Z', 'America/New_York');
    expect(f.period.from).toBe('2025-03-01');
  });

  it('rejects an unknown plan and a gappy series', () => {
    expect(() =>
      forecastUsage({ daily: steady, plans: PLANS, currentPlan: 'gold', now: NOW, zone: 'UTC' }),
    ).toThrow(/plan/);
    const gappy = [...steady.slice(0, 10), ...steady.slice(11)];
    expect(() =>
      forecastUsage({ daily: gappy, plans: PLANS, currentPlan: 'pro', now: NOW, zone: 'UTC' }),
    ).toThrow(/contiguous/);
  });
});

describe('calibration of the monthly total', () => {
  it('covers the realised March total with the 80% interval about 80% of the time', () => {
    let inside = 0;
    const reps = 30;
    for (let rep = 0; rep < reps; rep++) {
      const z = seededNormal(1000 + rep);
      // Random-walk level, weekday/weekend rhythm, daily noise: history to 31 March.
      let level = 30;
      const values: number[] = [];
      for (let i = 0; i < 121; i++) {
        level = Math.max(5, level + 0.6 * z());
        const weekend = (i + 6) % 7 >= 5; // 2024-12-01 is a Sunday
        values.push(Math.max(0, Math.round(level * (weekend ? 0.4 : 1.2) + 3 * z())));
      }
      const daily = series((i) => ({ sessions: values[i] as number }), 100);
      const f = only(daily, 'sessions', 'pro');
      // Today's partial value (index 99) is part of the realised total in full.
      const actual = values.slice(90, 121).reduce((s, v) => s + v, 0);
      if (actual >= f.projected.p80.lower && actual <= f.projected.p80.upper) inside++;
    }
    expect(inside / reps).toBeGreaterThanOrEqual(0.6);
    expect(inside / reps).toBeLessThanOrEqual(0.97);
  });
});
