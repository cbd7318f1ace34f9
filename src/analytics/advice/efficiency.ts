// The usage efficiency score: how much of what the user pays for is put to use.
//
//   score = 100 x sum(w_i x c_i) / sum(w_i)   over the components the data can compute
//   planFit    (w 0.4) = u / 0.8 for u <= 0.8; 1 for 0.8 < u <= 1; max(0, 2 - u) above,
//                        u = the binding metric's share of its limit in the last complete month
//                        (80-100% of a plan used is a plan that fits; beyond 100% is paying overage or hitting blocks)
//   costFit    (w 0.4) = cheaper / dearer of the recommended and the current plan's expected monthly cost
//                        (paying three times what fits is poor, and so is a plan a third of what the
//                        forecast needs: it blocks or bills overage, so the recommendation costs more)
//   featureUse (w 0.2) = transcriptions / sessions over the last 30 complete days (<= 1)
// A component without data (no complete month, contract pricing, no sessions) drops out and the
// remaining weights are renormalised, so a missing input never counts as a poor one.
import { EN_WORDS } from '../../domain/i18n/words.js';
import { formatQuantity } from '../../domain/quantity.js';
import { day, label } from '../format.js';
import { valueOf } from '../series.js';
import { round } from '../stats.js';
import { addDays, todayOf } from '../time.js';
import type {
  Clock,
  DailyPoint,
  EfficiencyScore,
  PlanAdvice,
  ScoreComponent,
  UtilizationTrend,
} from '../types.js';

/** The formula of the score in words, returned with every score. */
export const EFFICIENCY_FORMULA =
  'score = 100 x (0.4 x planFit + 0.4 x costFit + 0.2 x featureUse) / (sum of the weights of the components available); ' +
  'planFit = u/0.8 for u <= 0.8, 1 for 0.8 < u <= 1, max(0, 2 - u) above, u = the binding metric share of its limit in the last complete month; ' +
  'costFit = the lower / the higher of the expected monthly costs of the recommended and the current plan; ' +
  'featureUse = transcriptions / sessions over the last 30 complete days, at most 1';

export interface EfficiencyInput extends Clock {
  daily: readonly DailyPoint[];
  utilization: UtilizationTrend;
  advice: PlanAdvice;
}

function planFit(utilization: UtilizationTrend): ScoreComponent {
  const last = utilization.months.filter((m) => m.complete && m.binding).at(-1);
  if (!last?.binding)
    return {
      name: 'planFit',
      weight: 0.4,
      value: null,
      detail: 'no complete month on a limited plan',
    };
  const u = last.binding.pct / 100;
  const value = u <= 0.8 ? u / 0.8 : u <= 1 ? 1 : Math.max(0, 2 - u);
  return {
    name: 'planFit',
    weight: 0.4,
    value: round(value, 3),
    detail: `${day(`${last.month}-01`).replace(/^1 /, '')}: ${label(last.binding.metric)} at ${last.binding.pct}% of the limit`,
  };
}

function costFit(advice: PlanAdvice): ScoreComponent {
  const none = (detail: string): ScoreComponent => ({
    name: 'costFit',
    weight: 0.4,
    value: null,
    detail,
  });
  if (!advice.available || !advice.recommended) return none('no plan recommendation');
  const cur = advice.plans.find((p) => p.plan === advice.currentPlan)?.expectedCostUsd ?? null;
  const rec = advice.plans.find((p) => p.plan === advice.recommended)?.expectedCostUsd ?? null;
  if (cur === null || rec === null) return none('contract pricing has no list price to compare');
  const value = Math.max(cur, rec) === 0 ? 1 : Math.min(cur, rec) / Math.max(cur, rec);
  const name = advice.plans.find((p) => p.plan === advice.recommended)?.displayName;
  // Dollars and cents as the billing strip writes them; the costs are of the next 30 days.
  const usd = (x: number) =>
    `$${x.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(x) ? 0 : 2, maximumFractionDigits: 2 })} for 30 days`;
  return {
    name: 'costFit',
    weight: 0.4,
    value: round(value, 3),
    detail:
      advice.recommended === advice.currentPlan
        ? `your plan is the cheapest that covers the forecast (${usd(cur)})`
        : rec > cur
          ? `your plan does not cover the forecast: ${name} would, at ${usd(rec)} against ${usd(cur)} now`
          : `${name} covers the forecast at ${usd(rec)} against ${usd(cur)} now`,
  };
}

function featureUse(daily: readonly DailyPoint[], clock: Clock): ScoreComponent {
  const today = todayOf(clock);
  const from = addDays(today, -30);
  const days = daily.filter((d) => d.date >= from && d.date < today);
  const sessions = days.reduce((s, d) => s + valueOf(d.values, 'sessions'), 0);
  const transcriptions = days.reduce((s, d) => s + valueOf(d.values, 'transcriptions'), 0);
  if (sessions === 0)
    return {
      name: 'featureUse',
      weight: 0.2,
      value: null,
      detail: 'no sessions in the last 30 days',
    };
  return {
    name: 'featureUse',
    weight: 0.2,
    value: round(Math.min(1, transcriptions / sessions), 3),
    detail: `${formatQuantity('transcriptions', transcriptions)} for ${formatQuantity('sessions', sessions)} in the last 30 complete days`,
  };
}

/** Returns the efficiency score 0-100 with its components and formula; unavailable when no component has data. */
export function efficiencyScore(input: EfficiencyInput): EfficiencyScore {
  const components = [
    planFit(input.utilization),
    costFit(input.advice),
    featureUse(input.daily, input),
  ];
  const known = components.filter((c) => c.value !== null);
  if (known.length === 0) return { available: false, reason: EN_WORDS.t('advice.noScore') };
  const weight = known.reduce((s, c) => s + c.weight, 0);
  const score = Math.round(
    (100 * known.reduce((s, c) => s + c.weight * (c.value as number), 0)) / weight,
  );
  return { available: true, score, components, formula: EFFICIENCY_FORMULA };
}
