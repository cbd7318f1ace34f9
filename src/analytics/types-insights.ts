// Result types of insights and of the one-call analysis.
import type { Metric } from '../domain/metrics.js';
import type { DateRange, IsoDate } from './types.js';
import type { MetricAnomalies } from './types-anomalies.js';
import type { EfficiencyScore, PlanAdvice, Suggestion } from './types-advice.js';
import type {
  MonthOverMonth,
  UsageVsLimits,
  UtilizationTrend,
  YearOverYear,
} from './types-comparisons.js';
import type { UsageForecast } from './types-forecast.js';
import type {
  CalendarHeatmap,
  MonthlySummaries,
  Profile,
  SeasonalVariation,
  WeekdayHourHeatmap,
  WeeklyTrend,
} from './types-patterns.js';

export type InsightType =
  'limit' | 'cost' | 'anomaly' | 'trend' | 'utilization' | 'feature' | 'pattern' | 'best-practice';

export type InsightSeverity = 'critical' | 'warning' | 'info';

export interface Insight {
  /** Stable identifier: the same finding on the same data has the same id. */
  id: string;
  type: InsightType;
  severity: InsightSeverity;
  title: string;
  message: string;
  suggestion: string | null;
  /** The numbers the message states, and those it rests on. */
  evidence: Record<string, number | string | null>;
  /** The period a chart of this insight should show. */
  range: DateRange;
  /** The wording in each other language (analysis only; never on the wire). */
  texts?: Partial<Record<string, { title: string; message: string; suggestion: string | null }>>;
}

export interface MetricPatterns {
  metric: Metric;
  dayOfWeek: Profile;
  hourOfDay: Profile | null;
  heatmap: WeekdayHourHeatmap | null;
  calendar: CalendarHeatmap;
  weekly: WeeklyTrend;
  monthly: MonthlySummaries;
  seasonal: SeasonalVariation;
}

/** Everything the analytics core says about one user, from one call. */
export interface UsageAnalysis {
  today: IsoDate;
  zone: string;
  plan: string;
  patterns: MetricPatterns[];
  comparisons: {
    monthOverMonth: MonthOverMonth[];
    yearOverYear: YearOverYear[];
    limits: UsageVsLimits;
    utilization: UtilizationTrend;
  };
  forecast: UsageForecast;
  advice: PlanAdvice;
  suggestions: Suggestion[];
  efficiency: EfficiencyScore;
  anomalies: MetricAnomalies[];
  insights: Insight[];
}
