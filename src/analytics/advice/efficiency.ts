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
import { formatMoney } from '../../domain/money.js';
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';
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

/** The formula of the score in words (English), returned with every score. */
export const EFFICIENCY_FORMULA = EN_WORDS.t('efficiency.formula');

export interface EfficiencyInput extends Clock {
  daily: readonly DailyPoint[];
  utilization: UtilizationTrend;
  advice: PlanAdvice;
  /** The language of the details and the formula (English when absent). */
  words?: Words;
}

// English writes the share as it always did ("96.4"); other languages by their rules.
const share = (x: number, w: Words) => (w.lang === 'en' ? String(x) : w.num(x));

function planFit(utilization: UtilizationTrend, w: Words): ScoreComponent {
  const last = utilization.months.filter((m) => m.complete && m.binding).at(-1);
  if (!last?.binding)
    return {
      name: 'planFit',
      weight: 0.4,
      value: null,
      detail: w.t('efficiency.planFitNone'),
    };
  const u = last.binding.pct / 100;
  const value = u <= 0.8 ? u / 0.8 : u <= 1 ? 1 : Math.max(0, 2 - u);
  return {
    name: 'planFit',
    weight: 0.4,
    value: round(value, 3),
    detail: w.t('efficiency.planFit', {
      month: w.month(last.month),
      metric: w.label(last.binding.metric),
      pct: share(last.binding.pct, w),
    }),
  };
}

function costFit(advice: PlanAdvice, w: Words): ScoreComponent {
  const none = (detail: string): ScoreComponent => ({
    name: 'costFit',
    weight: 0.4,
    value: null,
    detail,
  });
  if (!advice.available || !advice.recommended) return none(w.t('efficiency.costFitNone'));
  const cur = advice.plans.find((p) => p.plan === advice.currentPlan)?.expectedCostUsd ?? null;
  const rec = advice.plans.find((p) => p.plan === advice.recommended)?.expectedCostUsd ?? null;
  if (cur === null || rec === null) return none(w.t('efficiency.costFitContract'));
  const value = Math.max(cur, rec) === 0 ? 1 : Math.min(cur, rec) / Math.max(cur, rec);
  const plan = advice.plans.find((p) => p.plan === advice.recommended)?.displayName;
  // Dollars and cents as the billing strip writes them ("$49.44", "49,44 $"); of the next 30 days.
  const usd = (x: number) => formatMoney(x, 'USD', w.lang === 'en' ? 'en-US' : w.tag);
  const costs = { plan, recommended: usd(rec), current: usd(cur) };
  return {
    name: 'costFit',
    weight: 0.4,
    value: round(value, 3),
    detail:
      advice.recommended === advice.currentPlan
        ? w.t('efficiency.costFitCurrent', costs)
        : rec > cur
          ? w.t('efficiency.costFitDearer', costs)
          : w.t('efficiency.costFitCheaper', costs),
  };
}

function featureUse(daily: readonly DailyPoint[], clock: Clock, w: Words): ScoreComponent {
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
      detail: w.t('efficiency.featureUseNone'),
    };
  return {
    name: 'featureUse',
    weight: 0.2,
    value: round(Math.min(1, transcriptions / sessions), 3),
    detail: w.t('efficiency.featureUse', {
      transcriptions: w.qty(transcriptions, 'transcriptions'),
      sessions: w.qty(sessions, 'sessions'),
    }),
  };
}

/** Returns the efficiency score 0-100 with its components and formula; unavailable when no component has data. */
export function efficiencyScore(input: EfficiencyInput): EfficiencyScore {
  const w = input.words ?? EN_WORDS;
  const components = [
    planFit(input.utilization, w),
    costFit(input.advice, w),
    featureUse(input.daily, input, w),
  ];
  const known = components.filter((c) => c.value !== null);
  if (known.length === 0) return { available: false, reason: w.t('advice.noScore') };
  const weight = known.reduce((s, c) => s + c.weight, 0);
  const score = Math.round(
    (100 * known.reduce((s, c) => s + c.weight * (c.value as number), 0)) / weight,
  );
  return { available: true, score, components, formula: w.t('efficiency.formula') };
}
