// Assembles and ranks insights. Ranking is deterministic: severity, then what kind of finding
// matters most to a customer (a limit before a pattern), then the insight id.
import type { Plan } from '../../domain/plans.js';
import type {
  Clock,
  DailyPoint,
  HourlyPoint,
  Insight,
  InsightSeverity,
  InsightType,
  MetricAnomalies,
  PlanAdvice,
  Suggestion,
  UsageForecast,
  UtilizationTrend,
} from '../types.js';
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';
import { costInsights } from './cost-rules.js';
import { anomalyInsights } from './anomaly-rules.js';
import { limitInsights, utilizationInsight } from './plan-rules.js';
import {
  featureInsights,
  peakDayInsight,
  peakHourInsight,
  storageInsight,
  trendInsights,
} from './usage-rules.js';

export interface InsightInput extends Clock {
  daily: readonly DailyPoint[];
  hourly?: readonly HourlyPoint[];
  /** The current plan, for whether a limit blocks or bills. */
  plan?: Plan;
  /** The plan catalogue, for the display names of the plans the sentences name. */
  plans?: readonly Plan[];
  forecast?: UsageForecast;
  advice?: PlanAdvice;
  suggestions?: readonly Suggestion[];
  utilization?: UtilizationTrend;
  anomalies?: readonly MetricAnomalies[];
  /** The language of titles, messages and suggestions (English when absent). */
  words?: Words;
}

const SEVERITY: Record<InsightSeverity, number> = { critical: 0, warning: 1, info: 2 };
const TYPE: Record<InsightType, number> = {
  limit: 0,
  cost: 1,
  anomaly: 2,
  trend: 3,
  utilization: 4,
  feature: 5,
  pattern: 6,
  'best-practice': 7,
};

/** Returns the ranked insights the given results support; a missing input only silences its rules. */
export function buildInsights(input: InsightInput): Insight[] {
  const w = input.words ?? EN_WORDS;
  const all: Insight[] = [
    ...(input.forecast && input.plan ? limitInsights(input.forecast, input.plan, input, w) : []),
    ...costInsights(input.suggestions ?? [], input.advice, w),
    ...anomalyInsights(input.anomalies ?? [], input, w),
    ...trendInsights(input.daily, input, w),
    ...(input.utilization
      ? utilizationInsight(input.utilization, input.advice, w, input.plans ?? [])
      : []),
    ...featureInsights(input.daily, input, w),
    ...peakDayInsight(input.daily, input, w),
    ...(input.hourly ? peakHourInsight(input.hourly, input, w) : []),
    ...storageInsight(input.daily, input, w),
  ];
  // A downgrade suggestion already says what low utilization says, with the saving.
  const deduped = all.filter(
    (i) => !(i.type === 'utilization' && all.some((j) => j.id === 'cost:downgrade')),
  );
  return deduped.sort(
    (a, b) =>
      SEVERITY[a.severity] - SEVERITY[b.severity] ||
      TYPE[a.type] - TYPE[b.type] ||
      a.id.localeCompare(b.id),
  );
}
