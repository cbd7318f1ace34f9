import { describe, expect, it } from 'vitest';
import { budgetAlertsFor } from './budget-alerts.js';
import { billFor, monthCosts, projectedCost } from './cost.js';

const starter = {
  name: 'starter',
  displayName: 'Starter',
  priceUsd: 19,
  limits: { sessions: 250, audio_minutes: 600 },
  overage: { audio_minutes: 0.03 },
};
const enterprise = { ...starter, name: 'enterprise', displayName: 'Enterprise', priceUsd: null };

describe('cost', () => {
  it('accrues the plan price plus the overage used so far', () => {
    expect(billFor(starter, { sessions: 300, audio_minutes: 700 })).toEqual({
      kind: 'priced',
      baseUsd: 19,
      overageUsd: 3,
      totalUsd: 22,
    });
    expect(billFor(enterprise, { audio_minutes: 10_000 })).toEqual({ kind: 'contract' });
  });

  it('projects the bill with its 80% interval, never below what is used', () => {
    const p = projectedCost(starter, {
      audio_minutes: { used: 550, point: 800, lower80: 500, upper80: 1100 },
      sessions: { used: 100, point: null, lower80: null, upper80: null },
    });
    expect(p.point).toMatchObject({ totalUsd: 25 });
    // The lower bound is under what is used: the used 550 minutes stand, no overage.
    expect(p.low).toMatchObject({ totalUsd: 19 });
    expect(p.high).toMatchObject({ totalUsd: 34 });
  });

  it('costs each month on the plan in force then, per session and per audio minute', () => {
    const rows = monthCosts([
      { month: '2026-09', plan: null, usage: {}, complete: true },
      {
        month: '2026-10',
        plan: starter,
        usage: { sessions: 200, audio_minutes: 800 },
        complete: true,
      },
      {
        month: '2026-11',
        plan: {
          ...starter,
          name: 'pro',
          displayName: 'Pro',
          priceUsd: 49,
          limits: { audio_minutes: 3000 },
        },
        usage: { sessions: 0, audio_minutes: 0 },
        complete: false,
      },
    ]);
    expect(rows[0]).toMatchObject({ total: null, perSession: null });
    expect(rows[1]).toMatchObject({
      plan: 'starter',
      base: 19,
      overage: 6,
      total: 25,
      perSession: 0.125,
      perAudioMinute: 0.0313,
    });
    expect(rows[2]).toMatchObject({
      planName: 'Pro',
      total: 49,
      perSession: null,
      complete: false,
    });
  });
});

describe('budget alerts', () => {
  const budget = { amount: 50, thresholds: [80, 100], forecast: true };
  it('raises each threshold the accrued cost reached, with the money written out', () => {
    const a = budgetAlertsFor({
      budget,
      currency: 'USD',
      accrued: 41.2,
      projected: 48,
      withThresholds: true,
      withForecast: true,
    });
    expect(a).toEqual([
      {
        metric: 'spend',
        kind: 'budget-80',
        value: 41.2,
        limit: 50,
        message:
          'Spend budget: $41.20 of $50 spent this billing period (82.4%, past the 80% alert).',
        details: { currency: 'USD' },
      },
    ]);
  });

  it('warns when the projected bill goes over the budget, until it is spent', () => {
    const args = {
      budget,
      currency: 'EUR',
      withThresholds: false,
      withForecast: true,
      locale: 'de-DE',
    };
    const a = budgetAlertsFor({ ...args, accrued: 20, projected: 63.1 });
    expect(a.map((x) => x.kind)).toEqual(['budget-forecast']);
    expect(a[0]?.message).toBe(
      'Spend budget: the projected bill of 63,10\u00a0€ for this billing period is over the 50\u00a0€ budget (20\u00a0€ spent so far).',
    );
    expect(budgetAlertsFor({ ...args, accrued: 55, projected: 70 })).toEqual([]);
    expect(budgetAlertsFor({ ...args, accrued: 20, projected: null })).toEqual([]);
    expect(
      budgetAlertsFor({
        ...args,
        budget: { ...budget, forecast: false },
        accrued: 20,
        projected: 90,
      }),
    ).toEqual([]);
  });
});
