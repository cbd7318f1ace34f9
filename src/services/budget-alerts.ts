// Spend-budget alerts, raised and delivered with the limit alerts (check-alerts.ts): the accrued
// cost against the budget's thresholds on every check, the projected bill in the forecast check.
import type { UsageAnalysis } from '../analytics/index.js';
import { budgetAlertsFor, type Budget } from '../domain/budget-alerts.js';
import type { Words } from '../domain/i18n/words.js';
import type { Call } from './context.js';
import { accruedOf, currencyOf, projectedOf } from './get-cost.js';
import type { CurrentUsage } from './get-current.js';

/** The budget alerts due this billing period (none on a contract plan, which has no list price). */
export async function dueBudgetAlerts({
  ctx,
  input,
}: Call<{
  budget: Budget;
  current: CurrentUsage;
  analysis: UsageAnalysis | null;
  scope: 'limits' | 'forecasts';
  /** The language of the messages (English when absent). */
  words?: Words;
}>) {
  const accrued = accruedOf(input.current);
  if (!accrued) return [];
  const projected =
    input.scope === 'forecasts'
      ? (projectedOf(input.current, input.analysis)?.point.total ?? null)
      : null;
  const periodKey = input.current.period.from.slice(0, 7);
  return budgetAlertsFor({
    budget: input.budget,
    currency: await currencyOf(ctx, input.current.plan.name),
    accrued: accrued.total,
    projected,
    withThresholds: input.scope === 'limits',
    withForecast: input.scope === 'forecasts',
    ...(input.words ? { words: input.words } : {}),
  }).map((a) => ({ ...a, periodKey }));
}
