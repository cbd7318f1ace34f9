// The analytics views and insights of the caller.
import { z } from 'zod';
import { historyQuerySchema } from '../domain/history-query.js';
import {
  cohortSchema,
  efficiencySchema,
  insightSchema,
  metricAnomaliesSchema,
  metricForecastResultSchema,
  peerComparisonSchema,
  planAdviceSchema,
  suggestionSchema,
} from './analytics-parts.js';
import {
  comparisonsSchema,
  metricPatternsSchema,
  monthlySummariesSchema,
  weeklyTrendSchema,
} from './analytics-patterns.js';
import { isoDate, langParam, metricSchema, tzParam } from './common.js';
import { contract } from './route.js';
import { historyResponse } from './usage.js';

export const ANALYTICS_TYPES = [
  'trends',
  'patterns',
  'predictions',
  'comparisons',
  'peers',
  'anomalies',
] as const;

export const analyticsQuerySchema = historyQuerySchema.omit({ client: true }).extend({
  lang: langParam,
  type: z.enum(ANALYTICS_TYPES).meta({
    description:
      'Which view: trends over the range, patterns, predictions, comparisons, peers or anomalies',
  }),
});
export type AnalyticsQuery = z.output<typeof analyticsQuerySchema>;

const base = { today: isoDate, zone: z.string(), plan: z.string() };
const period = historyResponse.shape.period;

export const trendsView = z.object({
  type: z.literal('trends'),
  ...base,
  period,
  totals: historyResponse.shape.totals,
  previousTotals: historyResponse.shape.previousTotals,
  change: historyResponse.shape.change,
  trend: historyResponse.shape.trend,
  weekly: z.array(z.object({ metric: metricSchema, weeks: weeklyTrendSchema })),
  monthly: z.array(z.object({ metric: metricSchema, months: monthlySummariesSchema })),
});

export const patternsView = z.object({
  type: z.literal('patterns'),
  ...base,
  patterns: z.array(metricPatternsSchema),
});

export const predictionsView = z.object({
  type: z.literal('predictions'),
  ...base,
  forecast: z.object({
    plan: z.string(),
    today: isoDate,
    metrics: z.array(metricForecastResultSchema),
  }),
  advice: planAdviceSchema,
  suggestions: z.array(suggestionSchema),
  efficiency: efficiencySchema,
});

/** Month over month, year over year, usage against limits and utilisation. */
export const comparisonsView = comparisonsSchema.extend({
  type: z.literal('comparisons'),
  ...base,
});

export const peersView = z.object({
  type: z.literal('peers'),
  month: z.string(),
  plan: z.string(),
  planName: z.string().meta({ description: "The plan's display name, for sentences" }),
  metrics: z.array(
    z.object({
      metric: metricSchema,
      value: z.number(),
      cohort: cohortSchema.nullable(),
      comparison: peerComparisonSchema,
    }),
  ),
});

export const anomaliesView = z.object({
  type: z.literal('anomalies'),
  ...base,
  period,
  anomalies: z.array(metricAnomaliesSchema),
});

export const analyticsResponse = z
  .discriminatedUnion('type', [
    trendsView,
    patternsView,
    predictionsView,
    comparisonsView,
    peersView,
    anomaliesView,
  ])
  .meta({ id: 'AnalyticsView' });
export type AnalyticsView = z.output<typeof analyticsResponse>;

export const insightsResponse = z
  .object({ today: isoDate, zone: z.string(), insights: z.array(insightSchema) })
  .meta({ id: 'Insights' });

export const analyticsContracts = {
  analytics: contract({
    method: 'GET',
    url: '/api/usage/analytics',
    operationId: 'getAnalytics',
    summary: 'Trends, patterns, predictions, comparisons, peers or anomalies of the caller',
    tag: 'Analytics',
    scope: 'read',
    querystring: analyticsQuerySchema,
    response: { 200: analyticsResponse, 304: null },
  }),
  insights: contract({
    method: 'GET',
    url: '/api/usage/insights',
    operationId: 'getInsights',
    summary: 'Ranked insights with their evidence and the range a chart should show',
    tag: 'Analytics',
    scope: 'read',
    querystring: z.strictObject({ tz: tzParam, lang: langParam }),
    response: { 200: insightsResponse },
  }),
};
