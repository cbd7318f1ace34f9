// Best practices about the account's own settings in this service (spend budget, limit alerts),
// which the service knows, read against the cost and usage it recorded.
import type { Budget } from '../../domain/budget-alerts.js';
import type { Metric } from '../../domain/metrics.js';
import { formatMoney } from '../../domain/money.js';
import type { Plan } from '../../domain/plans.js';
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';
import { round } from '../stats.js';
import { addDays, monthStart, shiftMonth, todayOf } from '../time.js';
import type { Clock, Insight } from '../types.js';
import { practice } from './practice.js';

export interface AccountFacts {
  currency: string;
  budget: Budget | null;
  /** Whether limit alerts are on. */
  alertsEnabled: boolean;
  /** Cost by month (oldest first), as the cost view computes it. */
  monthCosts: readonly { month: string; complete: boolean; overage: number | null }[];
  /** The metric closest to its limit in the last complete month, with its share in percent. */
  lastMonthPeak: { metric: Metric; pct: number } | null;
}

type Input = Clock & AccountFacts & { plan: Pick<Plan, 'priceUsd' | 'displayName'>; words?: Words };

// English money keeps the format it always had; another language writes it its own way.
const moneyOf = (input: Input, w: Words) => (x: number) =>
  formatMoney(x, input.currency, w.lang === 'en' ? undefined : w.tag);

/** Overage billed in one of the last 3 complete months and no spend budget set. */
export function setBudget(input: Input): Insight[] {
  if (input.budget) return [];
  const months = input.monthCosts.filter((m) => m.complete).slice(-3);
  const billed = months.filter((m) => (m.overage ?? 0) > 0);
  if (billed.length === 0) return [];
  const overage = round(
    billed.reduce((s, m) => s + (m.overage ?? 0), 0),
    2,
  );
  const w = input.words ?? EN_WORDS;
  const money = moneyOf(input, w);
  return [
    practice(
      w,
      'set-budget',
      'setBudget',
      { billed: billed.length, months: months.length, overage: money(overage) },
      {
        monthsWithOverage: billed.length,
        months: months.length,
        overage,
        currency: input.currency,
      },
      { from: `${months[0]!.month}-01`, to: addDays(monthStart(todayOf(input)), -1) },
    ),
  ];
}

/** A budget below the plan's own price: it is crossed every month on the first day. */
export function budgetBelowPrice(input: Input): Insight[] {
  const price = input.plan.priceUsd;
  if (!input.budget || price === null || input.budget.amount >= price) return [];
  const w = input.words ?? EN_WORDS;
  const money = moneyOf(input, w);
  const start = monthStart(todayOf(input));
  return [
    practice(
      w,
      'budget-below-price',
      'budgetBelowPrice',
      { budget: money(input.budget.amount), price: money(price), plan: input.plan.displayName },
      { budget: input.budget.amount, planPrice: price, currency: input.currency },
      { from: start, to: addDays(shiftMonth(start, 1), -1) },
    ),
  ];
}

/** Limit alerts turned off while the last complete month used 80% or more of a limit. */
export function alertsOff(input: Input): Insight[] {
  const peak = input.lastMonthPeak;
  if (input.alertsEnabled || !peak || peak.pct < 80) return [];
  const start = shiftMonth(monthStart(todayOf(input)), -1);
  const w = input.words ?? EN_WORDS;
  return [
    practice(
      w,
      'alerts-off',
      'alertsOff',
      { metric: w.label(peak.metric), pct: w.num(peak.pct) },
      { metric: peak.metric, lastMonthPct: peak.pct },
      { from: start, to: addDays(monthStart(todayOf(input)), -1) },
    ),
  ];
}

/** The account's practices: budget and alerts. */
export function accountPractices(input: Input): Insight[] {
  return [...setBudget(input), ...budgetBelowPrice(input), ...alertsOff(input)];
}
