// Cost suggestions, each carrying the numbers it rests on. They follow from the plan advice and the
// utilization history; none is made on a guess (no history, no forecast: no suggestion).
import type { Plan } from '../../domain/plans.js';
import { formatStorage } from '../../domain/quantity.js';
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';
import { round } from '../stats.js';
import type { PlanAdvice, PlanCost, Suggestion, UtilizationTrend } from '../types.js';

/** Utilization under this share... */
export const LOW_UTILIZATION_PCT = 40;
/** ...this many complete months running suggests a smaller plan. */
export const LOW_UTILIZATION_MONTHS = 3;

export interface SuggestionInput {
  plans: readonly Plan[];
  advice: PlanAdvice;
  utilization: UtilizationTrend;
  /** The language of the titles and messages (English when absent). */
  words?: Words;
}

type Advice = Extract<PlanAdvice, { available: true }>;

function costOf(advice: Advice, plan: string): PlanCost {
  return advice.plans.find((p) => p.plan === plan) as PlanCost;
}

function downgrade(input: SuggestionInput, advice: Advice, current: PlanCost): Suggestion | null {
  const complete = input.utilization.months.filter(
    (m) => m.complete && m.plan === advice.currentPlan,
  );
  const last = complete.slice(-LOW_UTILIZATION_MONTHS);
  if (
    last.length < LOW_UTILIZATION_MONTHS ||
    last.some((m) => !m.binding || m.binding.pct >= LOW_UTILIZATION_PCT)
  )
    return null;
  const target = advice.recommended ? costOf(advice, advice.recommended) : null;
  if (!target || target.expectedCostUsd === null || current.expectedCostUsd === null) return null;
  if (target.expectedCostUsd >= current.expectedCostUsd) return null;
  const saving = round(current.expectedCostUsd - target.expectedCostUsd);
  const w = input.words ?? EN_WORDS;
  const pct = (p: number) => (w.lang === 'en' ? `${p}` : w.num(p));
  const pcts = last
    .map((m) => `${m.month}: ${pct((m.binding as { pct: number }).pct)}%`)
    .join(', ');
  return {
    type: 'downgrade',
    title: w.t('suggestions.downgrade.title', { plan: target.displayName }),
    message: w.t('suggestions.downgrade.message', {
      months: LOW_UTILIZATION_MONTHS,
      pct: LOW_UTILIZATION_PCT,
      pcts,
      plan: target.displayName,
      saving: w.usd(saving),
    }),
    evidence: {
      ...Object.fromEntries(
        last.map((m) => [`utilizationPct_${m.month}`, (m.binding as { pct: number }).pct]),
      ),
      currentExpectedCostUsd: current.expectedCostUsd,
      targetPlan: target.plan,
      targetExpectedCostUsd: target.expectedCostUsd,
    },
    monthlySavingUsd: saving,
  };
}

function upgrade(input: SuggestionInput, advice: Advice, current: PlanCost): Suggestion | null {
  const plan = input.plans.find((p) => p.name === advice.currentPlan);
  if (!plan || current.priceUsd === null || current.expectedOverageUsd === 0) return null;
  const higher = advice.plans.filter((c) => {
    const p = input.plans.find((x) => x.name === c.plan);
    return (
      p &&
      p.sortOrder > plan.sortOrder &&
      c.covers &&
      c.priceUsd !== null &&
      c.expectedCostUsd !== null
    );
  });
  const next = higher.sort(
    (a, b) => (a.expectedCostUsd as number) - (b.expectedCostUsd as number),
  )[0];
  if (
    !next ||
    next.priceUsd === null ||
    next.expectedCostUsd === null ||
    current.expectedCostUsd === null
  )
    return null;
  const priceDiff = round(next.priceUsd - current.priceUsd);
  if (current.expectedOverageUsd <= priceDiff || next.expectedCostUsd >= current.expectedCostUsd)
    return null;
  const saving = round(current.expectedCostUsd - next.expectedCostUsd);
  const w = input.words ?? EN_WORDS;
  return {
    type: 'upgrade',
    title: w.t('suggestions.upgrade.title', { plan: next.displayName }),
    message: w.t('suggestions.upgrade.message', {
      overage: w.usd(current.expectedOverageUsd),
      diff: w.usd(priceDiff),
      plan: next.displayName,
      saving: w.usd(saving),
    }),
    evidence: {
      expectedOverageUsd: current.expectedOverageUsd,
      priceDifferenceUsd: priceDiff,
      targetPlan: next.plan,
      currentExpectedCostUsd: current.expectedCostUsd,
      targetExpectedCostUsd: next.expectedCostUsd,
    },
    monthlySavingUsd: saving,
  };
}

function avoidBlock(advice: Advice, current: PlanCost, w: Words): Suggestion | null {
  if (current.covers || !advice.recommended || advice.recommended === advice.currentPlan)
    return null;
  // "Likely" needs the middle of the forecast over the limit: the tail alone is a possibility,
  // which the limit insights state with its chance, never a reason to change plans.
  const b = current.blockers.find((x) => x.medianDemand > x.limit);
  if (!b) return null;
  const target = costOf(advice, advice.recommended);
  return {
    type: 'avoid-block',
    title: w.t('suggestions.avoidBlock.title', { metric: w.label(b.metric) }),
    message: w.t('suggestions.avoidBlock.message', {
      median: w.qty(b.medianDemand, b.metric),
      p90: w.qty(b.p90Demand, b.metric),
      limit: w.qtyOf(b.limit, b.metric),
      plan: target.displayName,
    }),
    evidence: {
      metric: b.metric,
      medianDemand: b.medianDemand,
      p90Demand: b.p90Demand,
      limit: b.limit,
      targetPlan: target.plan,
    },
    monthlySavingUsd: advice.savingUsd,
  };
}

function storageCleanup(advice: Advice, w: Words): Suggestion | null {
  if (!advice.recommended) return null;
  const chosen = costOf(advice, advice.recommended);
  if (chosen.expectedCostUsd === null) return null;
  // A cheaper plan that only storage keeps out of reach: freeing space is the saving.
  const cheaper = advice.plans.find(
    (c) =>
      c.expectedCostUsd !== null &&
      c.expectedCostUsd < (chosen.expectedCostUsd as number) &&
      c.blockers.length > 0 &&
      c.blockers.every((b) => b.metric === 'storage_mb'),
  );
  if (!cheaper) return null;
  const b = cheaper.blockers[0] as PlanCost['blockers'][number];
  const free = round(b.p90Demand - b.limit);
  const saving = round((chosen.expectedCostUsd as number) - (cheaper.expectedCostUsd as number));
  return {
    type: 'storage-cleanup',
    title: w.t('suggestions.storage.title'),
    message: w.t('suggestions.storage.message', {
      plan: cheaper.displayName,
      free: formatStorage(free, true, w.lang === 'en' ? undefined : w.tag),
      limit: formatStorage(b.limit, true, w.lang === 'en' ? undefined : w.tag),
      saving: w.usd(saving),
    }),
    evidence: {
      storageP90Mb: b.p90Demand,
      targetLimitMb: b.limit,
      mbToFree: free,
      targetPlan: cheaper.plan,
    },
    monthlySavingUsd: saving,
  };
}

/** Returns cost suggestions (downgrade, upgrade, avoid a block, clean storage, contract), each with its evidence. */
export function costSuggestions(input: SuggestionInput): Suggestion[] {
  const { advice } = input;
  if (!advice.available) return [];
  const current = costOf(advice, advice.currentPlan);
  const out = [
    downgrade(input, advice, current),
    upgrade(input, advice, current),
    avoidBlock(advice, current, input.words ?? EN_WORDS),
    storageCleanup(advice, input.words ?? EN_WORDS),
  ];
  if (advice.contactSales && advice.currentPlan !== advice.recommended) {
    out.push({
      type: 'contact-sales',
      title: (input.words ?? EN_WORDS).t('suggestions.contact.title'),
      message: (input.words ?? EN_WORDS).t('suggestions.contact.message'),
      evidence: { recommended: advice.recommended },
      monthlySavingUsd: null,
    });
  }
  return out.filter((s): s is Suggestion => s !== null);
}
