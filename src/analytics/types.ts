// Input shapes of the analytics core and the small types every module shares.
// Result types live beside the code that produces them and are re-exported here, so
// `import type { ... } from './types.js'` is the one place a caller needs.
import type { Metric } from '../domain/metrics.js';
import type { Plan } from '../domain/plans.js';

/** A calendar date, `YYYY-MM-DD`, in the user's zone. */
export type IsoDate = string;

/** An instant: an ISO 8601 string with offset, or epoch milliseconds. */
export type Instant = string | number;

/**
 * Metric values of one period. The series are zero-filled, so a metric missing here reads as 0.
 * Gauges (storage_mb) must be carried forward by the caller: a gauge of 0 means "empty", not "unknown".
 */
export type MetricValues = Readonly<Partial<Record<Metric, number>>>;

/** One day of usage in the user's zone; a daily series is contiguous and ascending. */
export interface DailyPoint {
  date: IsoDate;
  /** Start of the day, ISO 8601 with the zone's offset. */
  start: string;
  values: MetricValues;
}

/** One hour of usage; an hourly series is contiguous and ascending. */
export interface HourlyPoint {
  /** Start of the hour, ISO 8601 with offset. */
  start: string;
  values: MetricValues;
}

/** Where "now" is: the instant and the user's IANA zone (days, weeks and months are the zone's). */
export interface Clock {
  now: Instant;
  zone: string;
}

/** An inclusive range of dates, for a chart to show. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/** Direction of a change, with "stable" when the change is too small or not significant. */
export type Direction = 'up' | 'down' | 'stable';

/** A quantity that may be missing because the history cannot support it. */
export type Availability<T> = ({ available: true } & T) | { available: false; reason: string };

/** Everything the façade needs about one user; the service layer builds it from the store. */
export interface UsageInput extends Clock {
  daily: readonly DailyPoint[];
  hourly?: readonly HourlyPoint[];
  plans: readonly Plan[];
  currentPlan: string;
  /** Plan in force per month `YYYY-MM`, when it changed; months not listed use `currentPlan`. */
  planByMonth?: Readonly<Record<string, string>>;
}

export type * from './types-patterns.js';
export type * from './types-comparisons.js';
export type * from './types-comparison-views.js';
export type * from './types-forecast.js';
export type * from './types-advice.js';
export type * from './types-anomalies.js';
export type * from './types-insights.js';
