// Which spend-budget alerts a billing period calls for: a share of the monthly budget spent, and
// a projected bill over the budget. Pure: the caller passes the accrued cost and the projection.
import type { AlertDetails } from './alerts.js';
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
  details: AlertDetails;
}

const moneyIn = (w: Words, currency: string, locale?: string) => (x: number) =>
  formatMoney(x, currency, locale ?? (w.lang === 'en' ? undefined : w.tag));

/** A budget threshold alert's message: "Spend budget: $41.20 of $50 spent this billing period (82.4%, past the 80% alert)." */
export function budgetMessage(
  accrued: number,
  budget: number,
  threshold: number,
  currency: string,
  w: Words = EN_WORDS,
  locale?: string,
): string {
  const money = moneyIn(w, currency, locale);
  return w.t('alertMessages.budget', {
    accrued: money(accrued),
    budget: money(budget),
    pct: w.num((accrued / budget) * 100),
    threshold,
  });
}

/** A projected-bill alert's message: the projection, the budget and what is spent so far. */
export function budgetForecastMessage(
  projected: number,
  budget: number,
  accrued: number,
  currency: string,
  w: Words = EN_WORDS,
  locale?: string,
): string {
  const money = moneyIn(w, currency, locale);
  return w.t('alertMessages.budgetForecast', {
    projected: money(projected),
    budget: money(budget),
    accrued: money(accrued),
  });
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
          message: budgetMessage(accrued, budget.amount, t, currency, w, input.locale),
          details: { currency },
        });
  const projected = input.projected === null ? null : toCents(input.projected);
  if (input.withForecast && budget.forecast && projected !== null)
    if (projected > budget.amount && accrued < budget.amount)
      out.push({
        metric: SPEND,
        kind: 'budget-forecast',
        value: projected,
        limit: budget.amount,
        message: budgetForecastMessage(
          projected,
          budget.amount,
          accrued,
          currency,
          w,
          input.locale,
        ),
        details: { currency, accrued },
      });
  return out;
}
