// Everything a report (email or PDF) says about one user and period, gathered from the services.
import {
  localizeInsights,
  type Insight,
  type MetricForecastResult,
  type PlanAdvice,
} from '../analytics/index.js';
import type { ComparisonsResponse } from '../contracts/comparisons.js';
import { daysInclusive } from '../domain/dates.js';
import { historyQuerySchema } from '../domain/history-query.js';
import { REPORT_METRICS } from '../domain/metrics.js';
import type { ReportPeriod } from '../domain/report-periods.js';
import type { Call } from './context.js';
import { getAnalysis } from './get-analysis.js';
import { getComparisons } from './get-comparisons.js';
import { getCost, type CostView } from './get-cost.js';
import { getHistory, type HistoryResponse } from './get-history.js';

export interface ReportData {
  userId: string;
  zone: string;
  period: ReportPeriod;
  history: HistoryResponse;
  /** The current billing month by day, for the forecast chart. */
  current: HistoryResponse;
  insights: Insight[];
  forecast: MetricForecastResult[];
  advice: PlanAdvice;
  /** The period against the same weekdays a year earlier, annual totals, month over month, seasonality, weekly trend. */
  comparisons: ComparisonsResponse;
  /** Cost of the billing period and the last months (absent where a report is built without it). */
  cost?: CostView | null;
  dashboardUrl: string;
  generatedAt: number;
  /** The recipient's locale tag ("de", "en-GB"): the language and formats of the email and PDF; absent: English. */
  locale?: string;
}

/** The numbers, forecast, insights and plan comparison of a user's report for a period. */
export async function reportData({
  ctx,
  input,
}: Call<{ userId: string; period: ReportPeriod; locale?: string }>): Promise<ReportData> {
  const { userId, period, locale } = input;
  const query = historyQuerySchema.parse({
    period: 'custom',
    from: period.from,
    to: period.to,
    groupBy: 'day',
    metrics: REPORT_METRICS.join(','),
  });
  const history = await getHistory({ ctx, input: { userId, query } });
  const current = await getHistory({
    ctx,
    input: {
      userId,
      query: historyQuerySchema.parse({
        period: 'this_month',
        groupBy: 'day',
        metrics: REPORT_METRICS.join(','),
      }),
    },
  });
  const analysis = await getAnalysis({ ctx, input: { userId } });
  const comparisons = await getComparisons({
    ctx,
    input: {
      userId,
      query: { ...query, groupBy: daysInclusive(period.from, period.to) <= 7 ? 'day' : 'week' },
    },
  });
  const base = ctx.publicUrl ?? 'http://localhost:8080';
  // The analysis above is cached: the cost view reads it again without a refit.
  const cost = await getCost({ ctx, input: { userId } });
  return {
    userId,
    zone: history.period.tz,
    period,
    history,
    current,
    // The analysis's sentences in the recipient's language.
    insights: localizeInsights(analysis.insights.slice(0, 5), locale),
    forecast: analysis.forecast.metrics,
    advice: analysis.advice,
    comparisons,
    cost,
    // The link opens the dashboard in the report's language, as the alert email's does.
    dashboardUrl: `${base}/?period=custom&from=${period.from}&to=${period.to}${locale ? `&lang=${encodeURIComponent(locale)}` : ''}`,
    generatedAt: ctx.now(),
    ...(locale ? { locale } : {}),
  };
}
