import { describe, expect, it } from 'vitest';
import {
  forecastSeries,
  forecastSummary,
  forecastTable,
  limitReachDate,
  planTable,
} from './analytics-data.js';
import type { MetricForecast } from './analytics-types.js';
import type { History } from './types.js';

const f: MetricForecast = {
  available: true,
  metric: 'sessions',
  kind: 'total',
  method: 'ets',
  historyDays: 90,
  outliersReplaced: 0,
  period: { from: '2026-11-01', to: '2026-11-05', daysElapsed: 3, daysRemaining: 2 },
  toDate: 35,
  projected: { point: 55, p80: { lower: 50, upper: 62 }, p95: { lower: 48, upper: 66 } },
  limit: 50,
  limitReach: {
    status: 'expected',
    date: '2026-11-05',
    earliest: '2026-11-04',
    latest: null,
    probability: 0.7,
  },
  daily: [
    { date: '2026-11-03', point: 10, lower80: 8, upper80: 12, lower95: 7, upper95: 13 },
    { date: '2026-11-04', point: 5, lower80: 4, upper80: 6, lower95: 3, upper95: 7 },
    { date: '2026-11-05', point: 15, lower80: 12, upper80: 18, lower95: 10, upper95: 20 },
  ],
  demand: { window: { from: '2026-08-01', to: '2026-10-31' }, mean: 50, percentiles: [55] },
};

const history = {
  buckets: [
    { start: '2026-11-01T00:00:00+01:00', end: '', sessions: 10 },
    { start: '2026-11-02T00:00:00+01:00', end: '', sessions: 20 },
    { start: '2026-11-03T00:00:00+01:00', end: '', sessions: 4 },
  ],
} as unknown as History;

describe('forecastSeries', () => {
  it('sums the days so far, meets the usage to date today and ends at the projected total', () => {
    const s = forecastSeries(f, history);
    expect(s.dates).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']);
    expect(s.todayIndex).toBe(2);
    expect(s.actual).toEqual([10, 30, 35, null, null]);
    expect(s.point).toEqual([null, null, 35, 40, 55]);
    expect(s.lower[4]).toBe(50);
    expect(s.upper[4]).toBe(62);
    // The band widens in proportion to the projected daily usage.
    expect(s.upper[3]).toBeCloseTo(35 + (62 - 35) * 0.25);
  });

  it('draws gauges as levels from the daily forecast', () => {
    const s = forecastSeries({ ...f, kind: 'level', metric: 'storage_mb' }, null);
    expect(s.actual).toEqual([null, null, 35, null, null]);
    expect(s.point).toEqual([null, null, 35, 5, 15]);
    expect(s.upper).toEqual([null, null, 35, 6, 18]);
  });

  it('makes a table row per day and marks the reach date', () => {
    const t = forecastTable(f, forecastSeries(f, history));
    expect(t.rows).toHaveLength(5);
    expect(t.rows[4]).toEqual([
      '5 Nov 2026',
      '–',
      '55 sessions',
      '50 sessions',
      '62 sessions',
      '50 sessions',
    ]);
    expect(limitReachDate(f.limitReach)).toBe('2026-11-05');
    expect(limitReachDate({ status: 'unlimited' })).toBeNull();
  });
});

describe('forecastSummary', () => {
  it('says what the limits let through and which limit stops the usage first', () => {
    const audio: MetricForecast = {
      ...f,
      metric: 'audio_minutes',
      projected: { point: 4507.5, p80: { lower: 3887, upper: 5300.7 }, p95: f.projected.p95 },
      billable: { point: 2986.3, p80: { lower: 2466, upper: 3724 }, p95: f.projected.p95 },
      limit: 3000,
      limitReach: {
        status: 'possible',
        earliest: '2026-11-04',
        probability: 0.5,
        stoppedBy: { metric: 'sessions', date: '2026-11-05' },
      },
    };
    const text = forecastSummary(audio);
    expect(text).toContain('What the limits will let through: about 2,986.3 min');
    expect(text).toContain('The sessions limit is expected to stop this usage around 5 Nov 2026.');
    // Past the day it stopped: said as done.
    const past = {
      ...audio,
      limitReach: {
        ...audio.limitReach,
        stoppedBy: { metric: 'sessions' as const, date: '2026-11-02' },
      },
    };
    expect(forecastSummary(past)).toContain('The sessions limit stopped this usage on 2 Nov 2026.');
    expect(text).toContain('(3 days in, 2 to go)');
    const first = { ...audio, period: { ...audio.period, daysElapsed: 1, daysRemaining: 4 } };
    expect(forecastSummary(first)).toContain('(1 day in, 4 to go)');
    // No gate: neither sentence.
    expect(forecastSummary(f)).not.toMatch(/let through|stop this usage/);
  });
});

describe('planTable', () => {
  it('lists every plan with its expected cost and why it does not cover', () => {
    const t = planTable(
      [
        {
          plan: 'pro',
          displayName: 'Pro',
          priceUsd: 49,
          expectedOverageUsd: 12.76,
          expectedCostUsd: 61.76,
          covers: false,
          blockers: [{ metric: 'sessions', limit: 1000, p90Demand: 1425.1, medianDemand: 1210 }],
          overage: [],
        },
        {
          plan: 'enterprise',
          displayName: 'Enterprise',
          priceUsd: null,
          expectedOverageUsd: 0,
          expectedCostUsd: null,
          covers: true,
          blockers: [],
          overage: [],
        },
      ],
      'pro',
      'enterprise',
    );
    expect(t.rows[0]).toEqual([
      'Pro (current)',
      '$49',
      '$12.76',
      '$61.76',
      'No: Sessions needs 1,425 sessions, limit 1,000 sessions',
    ]);
    expect(t.rows[1]![0]).toBe('Enterprise (recommended)');
    expect(t.rows[1]![3]).toBe('Contract');
  });
});
