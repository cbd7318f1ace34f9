// The public surface of the analytics core: pure functions from series, plans and "now" to plain data.
export * from './types.js';
export { AnalyticsInputError } from './errors.js';
export { ANALYTICS_REVISION } from './revision.js';

export { analyzeUsage } from './analyze.js';

export { dayOfWeekProfile, hourOfDayProfile, weekdayHourHeatmap } from './patterns/profiles.js';
export { calendarHeatmap, monthlySummaries, weeklyTrend } from './patterns/calendar.js';
export { seasonalVariation, MIN_SEASONAL_MONTHS } from './patterns/seasonal.js';
export { trendOf } from './patterns/trend.js';

export { monthOverMonth, yearOverYear, YEAR_ALIGNED_DAYS } from './comparisons/periods.js';
export { rangeYearOverYear } from './comparisons/year-over-year.js';
export type { BucketSize, RangeYoyOptions } from './comparisons/year-over-year.js';
export { annualTotals } from './comparisons/annual.js';
export {
  monthOverMonthView,
  fromHistoryStart,
  MOM_MONTHS,
} from './comparisons/month-over-month.js';
export { metricComparisons, firstUsageDay, WEEKLY_WEEKS } from './comparisons/views.js';
export type { ComparisonInput } from './comparisons/views.js';
export { usageVsLimits, utilizationByMonth, WARNING_SHARE } from './comparisons/limits.js';
export { peerPercentile, MIN_COHORT } from './peers.js';
export { planDisplayName } from './catalogue.js';

export { forecastSeries } from './forecast/series-forecast.js';
export { detectSeasonality } from './forecast/seasonality.js';
export { forecastUsage, MAX_HISTORY_DAYS } from './forecast/usage-forecast.js';
export type { UsageForecastInput, UsageForecastOptions } from './forecast/usage-forecast.js';
export { FORECAST_DAYS } from './forecast/work.js';

export { advisePlan, adviceReason, costOfPlan, ADVICE_CONFIDENCE } from './advice/plan-advice.js';
export type { PlanAdviceInput } from './advice/plan-advice.js';
export {
  costSuggestions,
  LOW_UTILIZATION_PCT,
  LOW_UTILIZATION_MONTHS,
} from './advice/suggestions.js';
export type { SuggestionInput } from './advice/suggestions.js';
export { efficiencyScore, EFFICIENCY_FORMULA } from './advice/efficiency.js';
export type { EfficiencyInput } from './advice/efficiency.js';

export { detectAnomalies, DEFAULT_THRESHOLD } from './anomalies/detect.js';
export { dailyUsageAnomalies, hourlyUsageAnomalies } from './anomalies/usage.js';

export { buildInsights } from './insights/build.js';
export { localizeEfficiency, localizeInsights, localizeSuggestions } from './insights/languages.js';
export type { InsightInput } from './insights/build.js';
