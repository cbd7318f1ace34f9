// Best practices about the account's own settings in this service (spend budget, limit alerts),
// which the service knows, read against the cost and usage it recorded.
import type { Budget } from '../../domain/budget-alerts.js';
import type { Metric } from '../../domain/metrics.js';
import { formatMoney } from '../../domain/money.js';
import type { Plan } from '../../domain/plans.js';
import { label, num } from '../format.js';
import { round } from '../stats.js';
import { addDays, monthStart, shiftMonth, todayOf } from '../time.js';
import type { Clock, Insight } from '../types.js';

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

type Input = Clock & AccountFacts & { plan: Pick<Plan, 'priceUsd' | 'displayName'> };

const practice = (
  key: string,
  title: string,
  message: string,
  suggestion: string,
  evidence: Insight['evidence'],
  range: Insight['range'],
): Insight => ({
  id: `best-practice:${key}`,
  type: 'best-practice',
  severity: 'info',
  title,
  message,
  suggestion,
  evidence,
  range,
});

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
  const money = (x: number) => formatMoney(x, input.currency);
  return [
    practice(
      'set-budget',
      'Overage without a budget',
      `${billed.length} of your last ${months.length} months billed overage, ${money(overage)} in all, and no spend budget is set.`,
      'Set a monthly budget in the account settings: you get an alert as the cost reaches it and when the forecast expects to pass it.',
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
  const money = (x: number) => formatMoney(x, input.currency);
  const start = monthStart(todayOf(input));
  return [
    practice(
      'budget-below-price',
      'Budget below the plan price',
      `Your monthly budget of ${money(input.budget.amount)} is below the ${money(price)} that ${input.plan.displayName} costs before any overage.`,
      `Set the budget at ${money(price)} or more, so its alerts tell you about overage rather than about the plan itself.`,
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
  return [
    practice(
      'alerts-off',
      'Limit alerts are off',
      `Last month your ${label(peak.metric)} reached ${num(peak.pct)}% of the limit, and limit alerts are turned off.`,
      'Turn limit alerts on in the account settings: an email (or webhook) as usage reaches the thresholds you choose.',
      { metric: peak.metric, lastMonthPct: peak.pct },
      { from: start, to: addDays(monthStart(todayOf(input)), -1) },
    ),
  ];
}

/** The account's practices: budget and alerts. */
export function accountPractices(input: Input): Insight[] {
  return [...setBudget(input), ...budgetBelowPrice(input), ...alertsOff(input)];
}
