// The wire types, for code that compiles against the contracts without running zod (the
// dashboard imports these with `import type`).
import type { z } from 'zod';
import type {
  anomalySchema,
  cohortSchema,
  dailyForecastSchema,
  efficiencySchema,
  limitReachSchema,
  metricForecastResultSchema,
  metricForecastSchema,
  planAdviceSchema,
  planCostSchema,
  suggestionSchema,
} from './analytics-parts.js';
import type { calendarHeatmapSchema, weekdayHourHeatmapSchema } from './analytics-patterns.js';
import type {
  anomaliesView,
  comparisonsView,
  insightsResponse,
  patternsView,
  peersView,
  predictionsView,
  trendsView,
} from './analytics.js';
import type { accountContracts } from './account.js';
import type { operatorContracts } from './operator.js';
import type { reportContracts } from './reports.js';
import type { trendSchema } from './usage.js';

export type { CurrentUsage as Current, HistoryResponse as History } from './usage.js';
export type { AnalyticsView } from './analytics.js';
export type Trend = z.output<typeof trendSchema>;
export type GroupBy = z.output<typeof trendsView>['period']['groupBy'];
export type DemoUser = z.output<
  (typeof operatorContracts)['demoUsers']['response'][200]
>['users'][number];

export type LimitReach = z.output<typeof limitReachSchema>;
export type DailyForecast = z.output<typeof dailyForecastSchema>;
export type MetricForecast = z.output<typeof metricForecastSchema>;
export type MetricForecastResult = z.output<typeof metricForecastResultSchema>;
export type Bounds = MetricForecast['projected']['p80'];
export type PlanCost = z.output<typeof planCostSchema>;
export type PlanAdvice = z.output<typeof planAdviceSchema>;
export type Suggestion = z.output<typeof suggestionSchema>;
export type Efficiency = z.output<typeof efficiencySchema>;
export type WeekdayHourHeatmap = z.output<typeof weekdayHourHeatmapSchema>;
export type CalendarHeatmap = z.output<typeof calendarHeatmapSchema>;
export type Cohort = z.output<typeof cohortSchema>;
export type Anomaly = z.output<typeof anomalySchema>;

export type Trends = z.output<typeof trendsView>;
export type Patterns = z.output<typeof patternsView>;
export type Predictions = z.output<typeof predictionsView>;
export type Comparisons = z.output<typeof comparisonsView>;
export type Peers = z.output<typeof peersView>;
export type Anomalies = z.output<typeof anomaliesView>;
export type Insights = z.output<typeof insightsResponse>;

export type ApiKeys = z.output<(typeof accountContracts)['listKeys']['response'][200]>;
export type ApiKey = ApiKeys['keys'][number];
export type Alerts = z.output<(typeof accountContracts)['alerts']['response'][200]>;
export type AlertItem = Alerts['alerts'][number];
export type DeliveryItem = Alerts['deliveries'][number];
export type AlertSettings = Alerts['settings'];
export type Subscriptions = z.output<
  (typeof reportContracts)['listSubscriptions']['response'][200]
>;
export type Subscription = Subscriptions['subscriptions'][number];
export type ReportSend = Subscriptions['recentSends'][number];
