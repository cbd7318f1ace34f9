import { describe, expect, it } from 'vitest';
import { seededUniform } from '../../domain/rng.js';
import { advisePlan } from '../advice/plan-advice.js';
import { costSuggestions } from '../advice/suggestions.js';
import { PLANS } from '../testing/plans.js';
import { dailySeries } from '../testing/series.js';
import type { MetricForecast } from '../types.js';
import { driftSteps, levelModel, LEVEL_WINDOW } from './level.js';
import { forecastUsage } from './usage-forecast.js';

/**
 * Storage as the demo writes it: a level that grows 0.6% a day and is cleaned up every 97 days,
 * read with ±1% noise. `base` is the level at the start of a cycle.
 */
function storage(base: number, days: number, seed = 4): number[] {
  const rand = seededUniform(seed);
  return Array.from(
    { length: days },
    (_, d) => base * (1 + 0.006 * ((d + 37) % 97)) * (0.99 + rand() * 0.02),
  );
}

function forecastStorage(values: number[], plan: string, now: string): MetricForecast {
  const from = '2025-01-01';
  const daily = dailySeries(from, values.length, (i) => ({ storage_mb: values[i] as number }));
  const f = forecastUsage(
    { daily, plans: PLANS, currentPlan: plan, now, zone: 'UTC' },
    { metrics: ['storage_mb'], paths: 1000 },
  );
  const m = f.metrics[0];
  if (!m?.available) throw new Error('storage forecast unavailable');
  return m;
}

describe('level forecast', () => {
  it('extrapolates the pace as far as it was measured, then damps it', () => {
    const s = driftSteps(60);
    expect(s[LEVEL_WINDOW - 1]).toBe(LEVEL_WINDOW);
    expect((s[59] as number) - (s[LEVEL_WINDOW - 1] as number)).toBeLessThan(10);
    const m = levelModel(
      Array.from({ length: 40 }, (_, i) => 1000 + 10 * i),
      5,
      0,
    );
    expect(m.mean[0]).toBeCloseTo(1400, 6);
    expect(m.mean[4]).toBeCloseTo(1440, 6);
  });

  it('leaves a clean-up out of the pace', () => {
    const y = Array.from({ length: 40 }, (_, i) => (i < 30 ? 2000 + 20 * i : 1000 + 20 * (i - 30)));
    const m = levelModel(y, 10, 0);
    expect(m.mean[9]).toBeCloseTo((y[39] as number) + 200, 0);
    expect(m.note).toMatch(/1 clean-up/);
  });

  it('keeps 2 days of a 17.4 GB level within a few percent (not 14.1-21.4 GB)', () => {
    // 180 days from 1 January: the last reading is 29 June, 2 days before the month ends.
    const values = storage(15_900, 180);
    const last = values.at(-1) as number;
    expect(last).toBeGreaterThan(16_500);
    expect(last).toBeLessThan(18_500);
    const f = forecastStorage(values, 'pro', '2025-06-29T12:00:00Z');
    expect(f.period.daysRemaining).toBe(2);
    expect(f.projected.p95.lower).toBeGreaterThan(last * 0.95);
    expect(f.projected.p95.upper).toBeLessThan(last * 1.06);
  });

  it('gives a stable 72.4 GB business user no block warning (not "would need 339,968 MB")', () => {
    const values = storage(58_000, 200, 9);
    const f = forecastStorage(values, 'business', '2025-07-19T12:00:00Z');
    // A month out, the level stays plausible: under 1.5 times where it stands.
    const peak = f.demand.percentiles[89] as number;
    expect(peak).toBeLessThan(1.5 * (values.at(-1) as number));
    expect(f.limitReach.status).toBe('notExpected');
    const advice = advisePlan({
      plans: PLANS,
      currentPlan: 'business',
      demand: { storage_mb: f.demand },
    });
    if (!advice.available) throw new Error(advice.reason);
    expect(advice.recommended).toBe('business');
    const suggestions = costSuggestions({
      plans: PLANS,
      advice,
      utilization: { months: [], trend: { available: false, reason: 'none' } },
    });
    expect(suggestions.map((s) => s.type)).not.toContain('avoid-block');
  });

  it('widens with the horizon', () => {
    const m = forecastStorage(storage(15_900, 160), 'pro', '2025-06-09T12:00:00Z');
    const width = (d: { lower95: number; upper95: number }) => d.upper95 - d.lower95;
    expect(width(m.daily[20] as never)).toBeGreaterThan(width(m.daily[2] as never));
  });
});
