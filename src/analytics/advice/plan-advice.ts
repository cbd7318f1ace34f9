// Plan advice: the expected monthly cost of every plan under the forecast, and the cheapest plan
// that covers the forecast with 90% confidence. "Covers" is per metric: a hard limit must hold at
// the 90th percentile of that metric's month of demand; a metric billed per unit may go over,
// and its expected overage is priced instead.
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';
import type { Metric } from '../../domain/metrics.js';
import { limitOf, type Plan } from '../../domain/plans.js';
import { findPlan } from '../catalogue.js';
import { mean, round } from '../stats.js';
import type { Demand, OverageCost, PlanAdvice, PlanBlocker, PlanCost } from '../types.js';

/** A plan covers the forecast when each hard limit holds at this quantile of demand. */
export const ADVICE_CONFIDENCE = 0.9;

export interface PlanAdviceInput {
  plans: readonly Plan[];
  currentPlan: string;
  /** A month of demand per limited metric, from `forecastUsage` (`metric.demand`). */
  demand: Partial<Record<Metric, Demand>>;
  /** Metrics whose demand comes from a short-history run rate. */
  runRate?: readonly Metric[];
}

/** E[max(0, X - limit)] over the percentile sketch of X (each percentile weighs 1/99). */
function expectedExcess(d: Demand, limit: number): number {
  return mean(d.percentiles.map((q) => Math.max(0, q - limit)));
}

function p90(d: Demand): number {
  return d.percentiles[Math.round(ADVICE_CONFIDENCE * 100) - 1] as number;
}

/** Returns the expected monthly cost of a plan under the demand, and whether it covers it. */
export function costOfPlan(plan: Plan, demand: Partial<Record<Metric, Demand>>): PlanCost {
  const blockers: PlanBlocker[] = [];
  const overage: OverageCost[] = [];
  for (const [metric, d] of Object.entries(demand) as [Metric, Demand][]) {
    const limit = limitOf(plan, metric);
    if (limit === null) continue;
    const rate = plan.overage[metric];
    if (rate === undefined) {
      if (p90(d) > limit)
        blockers.push({
          metric,
          limit,
          p90Demand: round(p90(d)),
          medianDemand: round(d.percentiles[49] as number),
        });
      continue;
    }
    const units = expectedExcess(d, limit);
    if (units > 0)
      overage.push({
        metric,
        ratePerUnitUsd: rate,
        expectedUnits: round(units),
        expectedUsd: round(units * rate),
      });
  }
  const expectedOverageUsd = round(overage.reduce((s, o) => s + o.expectedUsd, 0));
  return {
    plan: plan.name,
    displayName: plan.displayName,
    priceUsd: plan.priceUsd,
    expectedOverageUsd,
    expectedCostUsd: plan.priceUsd === null ? null : round(plan.priceUsd + expectedOverageUsd),
    covers: blockers.length === 0,
    blockers,
    overage,
  };
}

/** Recommends the lowest expected-cost plan covering the forecast at 90%, with every plan's cost side by side. */
export function advisePlan(input: PlanAdviceInput): PlanAdvice {
  const current = findPlan(input.plans, input.currentPlan);
  const demands = Object.values(input.demand);
  if (demands.length === 0) return { available: false, reason: EN_WORDS.t('advice.noForecast') };
  const window = (demands[0] as Demand).window;
  const sorted = [...input.plans].sort((a, b) => a.sortOrder - b.sortOrder);
  const plans = sorted.map((p) => costOfPlan(p, input.demand));
  const priced = plans
    .filter((c) => c.covers && c.expectedCostUsd !== null)
    .sort((a, b) => (a.expectedCostUsd as number) - (b.expectedCostUsd as number));
  // A contract plan has no price to compare: it is the answer only when no listed plan covers the need.
  const contract = plans.find((c) => c.covers && c.expectedCostUsd === null);
  const best = priced[0] ?? contract ?? null;
  const currentCost = plans.find((c) => c.plan === current.name) as PlanCost;
  const savingUsd =
    best && best.expectedCostUsd !== null && currentCost.expectedCostUsd !== null
      ? round(currentCost.expectedCostUsd - best.expectedCostUsd)
      : null;
  const advice: PlanAdvice = {
    available: true,
    currentPlan: current.name,
    recommended: best?.plan ?? null,
    contactSales: best !== null && best === contract,
    reason: '',
    plans,
    savingUsd,
    confidence: ADVICE_CONFIDENCE,
    window,
    tentative: (input.runRate ?? []).length > 0,
  };
  return { ...advice, reason: adviceReason(advice) };
}

/** Why the advice recommends what it does, in the reader's words (English: the advice's `reason`). */
export function adviceReason(a: PlanAdvice, w: Words = EN_WORDS): string {
  if (!a.available) return w.t('advice.noForecast');
  const best = a.plans.find((p) => p.plan === a.recommended);
  if (!best) return w.t('advice.noPlan');
  if (a.contactSales) return w.t('advice.onlyContract');
  if (best.plan === a.currentPlan) return w.t('advice.current');
  return w.t('advice.cheapest', { plan: best.displayName });
}
