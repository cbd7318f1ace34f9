import { describe, expect, it } from 'vitest';
import type { Metric } from '../../domain/metrics.js';
import { normalQuantile } from '../stats.js';
import { PLANS } from '../testing/plans.js';
import { dailySeries } from '../testing/series.js';
import type { Demand, UtilizationTrend } from '../types.js';
import { efficiencyScore, EFFICIENCY_FORMULA } from './efficiency.js';
import { advisePlan } from './plan-advice.js';
import { costSuggestions } from './suggestions.js';

/** A month of demand distributed N(mean, sd), as a percentile sketch. */
function demand(mean: number, sd = mean * 0.05): Demand {
  return {
    window: { from: '2025-03-10', to: '2025-04-08' },
    mean,
    percentiles: Array.from({ length: 99 }, (_, i) =>
      Math.max(0, mean + sd * normalQuantile((i + 1) / 100)),
    ),
  };
}

const light: Partial<Record<Metric, Demand>> = {
  sessions: demand(20),
  audio_minutes: demand(50),
  transcriptions: demand(20),
  exports: demand(3),
  storage_mb: demand(300),
};

const noUtilization: UtilizationTrend = { months: [], trend: { available: false, reason: 'none' } };

describe('plan advice', () => {
  it('recommends Free for light use and prices every plan side by side', () => {
    const a = advisePlan({ plans: PLANS, currentPlan: 'starter', demand: light });
    if (!a.available) throw new Error(a.reason);
    expect(a.recommended).toBe('free');
    expect(a.savingUsd).toBe(19);
    expect(a.plans.map((p) => [p.plan, p.expectedCostUsd, p.covers])).toEqual([
      ['free', 0, true],
      ['starter', 19, true],
      ['pro', 49, true],
      ['business', 199, true],
      ['enterprise', null, true],
    ]);
  });

  it('keeps Starter while its audio overage is cheaper than Pro, and switches when it is not', () => {
    const some = advisePlan({
      plans: PLANS,
      currentPlan: 'starter',
      demand: { ...light, audio_minutes: demand(1000) },
    });
    if (!some.available) throw new Error(some.reason);
    expect(some.recommended).toBe('starter');
    const starter = some.plans.find((p) => p.plan === 'starter');
    expect(starter?.expectedOverageUsd).toBeCloseTo(400 * 0.03, 0);
    const lots = advisePlan({
      plans: PLANS,
      currentPlan: 'starter',
      demand: { ...light, audio_minutes: demand(2000) },
    });
    if (!lots.available) throw new Error(lots.reason);
    expect(lots.recommended).toBe('pro');
    expect(lots.savingUsd).toBeCloseTo(19 + 1400 * 0.03 - 49, 0);
    const s = costSuggestions({ plans: PLANS, advice: lots, utilization: noUtilization });
    expect(s.map((x) => x.type)).toEqual(['upgrade']);
    expect(s[0]?.evidence).toMatchObject({ priceDifferenceUsd: 30, targetPlan: 'pro' });
  });

  it('will not pick a plan whose hard limit the 90% demand exceeds', () => {
    // 240 sessions on average fits 250 on most months, but not at the 90th percentile (~266).
    const a = advisePlan({
      plans: PLANS,
      currentPlan: 'starter',
      demand: { ...light, sessions: demand(240, 20) },
    });
    if (!a.available) throw new Error(a.reason);
    expect(a.plans.find((p) => p.plan === 'starter')).toMatchObject({
      covers: false,
      blockers: [{ metric: 'sessions', limit: 250 }],
    });
    expect(a.recommended).toBe('pro');
    expect(a.savingUsd).toBe(-30);
    // Only the tail is over the limit: a possibility, not "your plan is likely to block you".
    const s = costSuggestions({ plans: PLANS, advice: a, utilization: noUtilization });
    expect(s.map((x) => x.type)).toEqual([]);
  });

  it('says a block is likely only when the middle of the forecast is over the hard limit', () => {
    const a = advisePlan({
      plans: PLANS,
      currentPlan: 'starter',
      demand: { ...light, sessions: demand(270.4, 20) },
    });
    if (!a.available) throw new Error(a.reason);
    const s = costSuggestions({ plans: PLANS, advice: a, utilization: noUtilization });
    expect(s.map((x) => x.type)).toEqual(['avoid-block']);
    expect(s[0]?.title).toBe('Your plan is likely to block your sessions');
    expect(s[0]?.message).toBe(
      'The forecast expects 270 sessions in the next 30 days (296 sessions in 1 case of 10) ' +
        'against a hard limit of 250 sessions; Pro covers it.',
    );
  });

  it('sends usage beyond every listed plan to a contract, with no made-up price', () => {
    const a = advisePlan({
      plans: PLANS,
      currentPlan: 'business',
      demand: { ...light, sessions: demand(6000) },
    });
    if (!a.available) throw new Error(a.reason);
    expect(a).toMatchObject({ recommended: 'enterprise', contactSales: true, savingUsd: null });
    const types = costSuggestions({ plans: PLANS, advice: a, utilization: noUtilization }).map(
      (x) => x.type,
    );
    expect(types).toContain('contact-sales');
  });

  it('points at storage when only storage keeps a cheaper plan out of reach', () => {
    const a = advisePlan({
      plans: PLANS,
      currentPlan: 'pro',
      demand: { ...light, sessions: demand(100), storage_mb: demand(6000, 100) },
    });
    if (!a.available) throw new Error(a.reason);
    expect(a.recommended).toBe('pro');
    const s = costSuggestions({ plans: PLANS, advice: a, utilization: noUtilization });
    expect(s.map((x) => x.type)).toEqual(['storage-cleanup']);
    expect(s[0]?.evidence.targetPlan).toBe('starter');
    expect(s[0]?.evidence.mbToFree).toBeGreaterThan(1000);
    expect(s[0]?.monthlySavingUsd).toBe(30);
  });

  it('suggests a downgrade after three months under 40%, with the months as evidence', () => {
    const months = ['2024-12', '2025-01', '2025-02'].map((month, i) => ({
      month,
      plan: 'pro',
      complete: true,
      pct: { sessions: 10 + i },
      binding: { metric: 'sessions' as const, pct: 10 + i },
    }));
    const utilization: UtilizationTrend = { months, trend: { available: false, reason: 'short' } };
    const a = advisePlan({
      plans: PLANS,
      currentPlan: 'pro',
      demand: { ...light, sessions: demand(100) },
    });
    const s = costSuggestions({ plans: PLANS, advice: a, utilization });
    expect(s.map((x) => x.type)).toEqual(['downgrade']);
    expect(s[0]?.evidence).toMatchObject({ 'utilizationPct_2025-02': 12, targetPlan: 'starter' });
    expect(s[0]?.monthlySavingUsd).toBe(30);
    // Two low months are not three.
    const two = { ...utilization, months: months.slice(1) };
    expect(costSuggestions({ plans: PLANS, advice: a, utilization: two })).toEqual([]);
  });
});

describe('efficiency score', () => {
  it('weighs plan fit, cost fit and feature use as documented', () => {
    const advice = advisePlan({
      plans: PLANS,
      currentPlan: 'pro',
      demand: { ...light, sessions: demand(100) },
    });
    const utilization: UtilizationTrend = {
      months: [
        {
          month: '2025-02',
          plan: 'pro',
          complete: true,
          pct: { sessions: 50 },
          binding: { metric: 'sessions', pct: 50 },
        },
      ],
      trend: { available: false, reason: 'short' },
    };
    const daily = dailySeries('2025-02-01', 38, () => ({ sessions: 4, transcriptions: 2 }));
    const e = efficiencyScore({
      daily,
      utilization,
      advice,
      now: '2025-03-10T12:00:00Z',
      zone: 'UTC',
    });
    if (!e.available) throw new Error(e.reason);
    const planFit = 0.5 / 0.8;
    const costFit = 19 / 49;
    expect(e.components.map((c) => c.value)).toEqual([
      Number(planFit.toFixed(3)),
      Number(costFit.toFixed(3)),
      0.5,
    ]);
    expect(e.score).toBe(Math.round(100 * (0.4 * planFit + 0.4 * costFit + 0.2 * 0.5)));
    expect(e.formula).toBe(EFFICIENCY_FORMULA);
  });

  it('scores a plan that needs one three times its price as a poor cost fit, not 100%', () => {
    // 240 sessions against Starter's 250: Pro ($49) is recommended over Starter ($19).
    const advice = advisePlan({
      plans: PLANS,
      currentPlan: 'starter',
      demand: { ...light, sessions: demand(240, 20) },
    });
    const e = efficiencyScore({
      daily: dailySeries('2025-03-01', 10, () => ({})),
      utilization: noUtilization,
      advice,
      now: '2025-03-10T12:00:00Z',
      zone: 'UTC',
    });
    if (!e.available) throw new Error(e.reason);
    const cost = e.components.find((c) => c.name === 'costFit');
    expect(cost?.value).toBeCloseTo(19 / 49, 3);
    expect(cost?.detail).toBe(
      'your plan does not cover the forecast: Pro would, at $49 for 30 days against $19 for 30 days now',
    );
  });

  it('names plan fit’s month and metric in words, not "2025-02: audio_minutes"', () => {
    const advice = advisePlan({ plans: PLANS, currentPlan: 'pro', demand: light });
    const e = efficiencyScore({
      daily: dailySeries('2025-03-01', 10, () => ({})),
      utilization: {
        months: [
          {
            month: '2025-02',
            plan: 'pro',
            complete: true,
            pct: { audio_minutes: 156 },
            binding: { metric: 'audio_minutes', pct: 156 },
          },
        ],
        trend: { available: false, reason: 'none' },
      },
      advice,
      now: '2025-03-10T12:00:00Z',
      zone: 'UTC',
    });
    if (!e.available) throw new Error(e.reason);
    expect(e.components.find((c) => c.name === 'planFit')?.detail).toBe(
      'February 2025: audio minutes at 156% of the limit',
    );
  });

  it('writes feature use with whole counts and the right plural ("1 transcription")', () => {
    const daily = dailySeries('2025-02-01', 38, (_i, d) => ({
      sessions: 3,
      transcriptions: d === '2025-03-05' ? 1 : 0,
    }));
    const advice = advisePlan({ plans: PLANS, currentPlan: 'free', demand: light });
    const e = efficiencyScore({
      daily,
      utilization: noUtilization,
      advice,
      now: '2025-03-10T12:00:00Z',
      zone: 'UTC',
    });
    if (!e.available) throw new Error(e.reason);
    expect(e.components.find((c) => c.name === 'featureUse')?.detail).toBe(
      '1 transcription for 90 sessions in the last 30 complete days',
    );
  });

  it('drops components without data instead of scoring them zero', () => {
    const daily = dailySeries('2025-03-01', 10, () => ({}));
    const advice = advisePlan({ plans: PLANS, currentPlan: 'free', demand: light });
    const e = efficiencyScore({
      daily,
      utilization: noUtilization,
      advice,
      now: '2025-03-10T12:00:00Z',
      zone: 'UTC',
    });
    if (!e.available) throw new Error(e.reason);
    // Only costFit is known: on the cheapest covering plan it is 1.
    expect(e.score).toBe(100);
    expect(e.components.filter((c) => c.value === null).map((c) => c.name)).toEqual([
      'planFit',
      'featureUse',
    ]);
  });
});
