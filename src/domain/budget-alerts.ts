// Which spend-budget alerts a billing period calls for: a share of the monthly budget spent, and
// a projected bill over the budget. Pure: the caller passes the accrued cost and the projection.
import { EN_WORDS, type Words } from './i18n/words.js';
import { formatMoney, toCents } from './money.js';

/** The metric name budget alerts are raised under (beside the usage metrics of limit alerts). */
export const SPEND = 'spend';

export interface Budget {
  /** Per billing month, in the plan's currency. */
  amount: number;
  /** Percentages of the budget that raise an alert. */
  thresholds: number[];
  /** Alert when the projected bill is over the budget. */
  forecast: boolean;
}

export interface BudgetAlert {
  metric: typeof SPEND;
  kind: string;
  value: number;
  limit: number;
  message: string;
}

/** The budget alerts due: one per threshold the accrued cost has reached, and one when the projected bill exceeds the budget. */
export function budgetAlertsFor(input: {
  budget: Budget;
  currency: string;
  /** Cost so far this billing period. */
  accrued: number;
  /** The projected bill of the period (forecast point); null without a forecast. */
  projected: number | null;
  withThresholds: boolean;
  withForecast: boolean;
  locale?: string;
  /** The language of the messages (English when absent). */
  words?: Words;
}): BudgetAlert[] {
  const { budget, currency } = input;
  const w = input.words ?? EN_WORDS;
  const locale = input.locale ?? (w.lang === 'en' ? undefined : w.tag);
  const money = (x: number) => formatMoney(x, currency, locale);
  const out: BudgetAlert[] = [];
  if (budget.amount <= 0) return out;
  const accrued = toCents(input.accrued);
  const pct = (accrued / budget.amount) * 100;
  if (input.withThresholds)
    for (const t of [...budget.thresholds].sort((a, b) => a - b))
      if (pct >= t)
        out.push({
          metric: SPEND,
          kind: `budget-${t}`,
          value: accrued,
          limit: budget.amount,
          message: w.t('alertMessages.budget', {
            accrued: money(accrued),
            budget: money(budget.amount),
            pct: w.num(pct),
            threshold: t,
          }),
        });
  const projected = input.projected === null ? null : toCents(input.projected);
  if (input.withForecast && budget.forecast && projected !== null)
    if (projected > budget.amount && accrued < budget.amount)
      out.push({
        metric: SPEND,
        kind: 'budget-forecast',
        value: projected,
        limit: budget.amount,
        message: w.t('alertMessages.budgetForecast', {
          projected: money(projected),
          budget: money(budget.amount),
          accrued: money(accrued),
        }),
      });
  return out;
}
