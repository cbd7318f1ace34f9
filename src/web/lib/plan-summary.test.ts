import { describe, expect, it } from 'vitest';
import type { PlanAdvice } from './analytics-types.js';
import { planSummary } from './plan-summary.js';

type Advice = Extract<PlanAdvice, { available: true }>;
type Cost = Advice['plans'][number];

const cost = (plan: string, displayName: string, usd: number | null): Cost => ({
  plan,
  displayName,
  priceUsd: usd,
  expectedOverageUsd: 0,
  expectedCostUsd: usd,
  covers: true,
  blockers: [],
  overage: [],
});

const advice = (over: Partial<Advice>): Advice => ({
  available: true,
  currentPlan: 'business',
  recommended: 'business',
  contactSales: false,
  reason: 'the current plan is the cheapest that covers the forecast',
  plans: [
    cost('pro', 'Pro', 49),
    cost('business', 'Business', 199),
    cost('enterprise', 'Enterprise', null),
  ],
  savingUsd: 0,
  confidence: 0.9,
  window: { from: '2026-11-30', to: '2026-12-29' },
  tentative: false,
  ...over,
});

describe('planSummary', () => {
  it('never quotes a contract plan as a price', () => {
    const s = planSummary(advice({ currentPlan: 'enterprise', recommended: 'enterprise' }));
    expect(s).toBe(
      'You are on Enterprise, a contract plan with no list price. Your plan is the best fit for the forecast.',
    );
    expect(s).not.toMatch(/Contract a month|cost Contract/);
  });

  it('sends usage beyond the listed plans to sales in a sentence, not "Recommended: Enterprise. only a contract plan"', () => {
    const s = planSummary(
      advice({
        recommended: 'enterprise',
        contactSales: true,
        reason: 'only a contract plan covers the forecast at 90% confidence',
        savingUsd: null,
      }),
    );
    expect(s).toBe(
      "You are on Business, expected to cost $199 for the next 30 days at the forecast usage (the projected bill above is this billing period's). No listed plan covers the forecast " +
        'with 90% confidence; Enterprise, a contract plan, does: contact sales for its price.',
    );
  });

  it('names a listed recommendation and what it saves', () => {
    const s = planSummary(advice({ recommended: 'pro', savingUsd: 150 }));
    expect(s).toBe(
      "You are on Business, expected to cost $199 for the next 30 days at the forecast usage (the projected bill above is this billing period's). Recommended: Pro, the cheapest plan " +
        'that covers the forecast. Expected saving $150 over the next 30 days.',
    );
  });
});
