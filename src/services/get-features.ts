// Feature use: each capability of the plan against what the plan includes, and the best practices
// the user's data supports (analytics/advice), with their evidence.
import { featureUtilization } from '../analytics/advice/features.js';
import { bestPractices } from '../analytics/advice/practices.js';
import type { DailyPoint, HourlyPoint } from '../analytics/index.js';
import type { FeaturesView } from '../contracts/cost.js';
import { addDays, shiftMonth } from '../domain/dates.js';
import { localDate } from '../domain/calendar.js';
import { historyQuerySchema } from '../domain/history-query.js';
import { METRICS, type Metric } from '../domain/metrics.js';
import { wordsFor } from '../domain/i18n/index.js';
import { readAlertSettings } from '../store/queries/alert-settings/read-alert-settings.js';
import { readBudget } from '../store/queries/spend-budgets/read-budget.js';
import type { Call } from './context.js';
import { costByMonth, currencyOf, currentPlanOf } from './get-cost.js';
import { getCurrent } from './get-current.js';
import { getHistory, type HistoryResponse } from './get-history.js';

export type { FeaturesView };

const values = (b: HistoryResponse['buckets'][number]) =>
  Object.fromEntries(METRICS.map((m) => [m, (b[m as Metric] as number | null | undefined) ?? 0]));

/** How much of each capability of the plan is used, its trend and share, the paid-for and unused ones, and best practices with evidence. */
export async function getFeatures({
  ctx,
  input,
}: Call<{ userId: string; tz?: string; lang?: string }>): Promise<FeaturesView> {
  const current = await getCurrent({ ctx, input: { userId: input.userId, tz: input.tz } });
  const { from, tz } = current.period;
  const today = localDate(ctx.now(), tz);
  const range = (start: string, groupBy: 'day' | 'hour') =>
    historyQuerySchema.parse({ period: 'custom', from: start, to: today, groupBy, tz });
  const [daily, hourly, months, budget, alerts, currency] = await Promise.all([
    getHistory({ ctx, input: { userId: input.userId, query: range(shiftMonth(from, -6), 'day') } }),
    getHistory({ ctx, input: { userId: input.userId, query: range(addDays(today, -27), 'hour') } }),
    costByMonth({ ctx, input: { userId: input.userId, current } }),
    readBudget(ctx.db, input.userId),
    readAlertSettings(ctx.db, input.userId),
    currencyOf(ctx, current.plan.name),
  ]);
  const days: DailyPoint[] = daily.buckets.map((b) => ({
    date: b.start.slice(0, 10),
    start: b.start,
    values: values(b),
  }));
  const hours: HourlyPoint[] = hourly.buckets.map((b) => ({ start: b.start, values: values(b) }));
  const plan = { ...currentPlanOf(current), displayName: current.plan.displayName };
  const clock = { now: ctx.now(), zone: tz };
  const words = wordsFor(input.lang);
  const capabilities = featureUtilization({ ...clock, daily: days, plan, words });
  const peak = capabilities
    .filter((c) => c.lastMonthSharePct !== null)
    .sort((a, b) => (b.lastMonthSharePct ?? 0) - (a.lastMonthSharePct ?? 0))[0];
  const practices = bestPractices({
    ...clock,
    daily: days,
    hourly: hours,
    plan,
    currency,
    budget,
    alertsEnabled: alerts.enabled,
    monthCosts: months,
    lastMonthPeak: peak ? { metric: peak.capability, pct: peak.lastMonthSharePct ?? 0 } : null,
    words,
  });
  return {
    plan: {
      name: current.plan.name,
      displayName: current.plan.displayName,
      paid: current.plan.priceUsd !== 0,
    },
    period: current.period,
    capabilities,
    unused: capabilities.filter((c) => c.paidUnused).map((c) => c.capability),
    practices,
  };
}
