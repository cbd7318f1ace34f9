// Reading one metric out of the usage series, and totalling a period the way the metric means it.
import { METRIC_DEFS, type Metric } from '../domain/metrics.js';
import { AnalyticsInputError } from './errors.js';
import { daysBetween } from './time.js';
import type { DailyPoint, IsoDate, MetricValues } from './types.js';

/** Returns the value of a metric in a period; a missing metric is 0 (the series are zero-filled). */
export function valueOf(values: MetricValues, metric: Metric): number {
  const v = values[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** Returns the metric's values of a series, in order. */
export function metricValues(
  series: readonly { values: MetricValues }[],
  metric: Metric,
): number[] {
  return series.map((p) => valueOf(p.values, metric));
}

/**
 * Totals a period of daily values the way the metric aggregates: sums add up, a gauge is its latest
 * reading, a peak is the highest day. Distinct clients cannot be re-counted from daily counts, so the
 * highest day is used: a lower bound of the period's distinct clients, and labelled as such by callers.
 */
export function periodTotal(metric: Metric, daily: readonly number[]): number {
  if (daily.length === 0) return 0;
  switch (METRIC_DEFS[metric].aggregation) {
    case 'sum':
      return daily.reduce((a, b) => a + b, 0);
    case 'gauge':
      return daily[daily.length - 1] as number;
    case 'max':
    case 'distinct':
      return Math.max(...daily);
  }
}

/** Returns true when the metric's period value is a sum of its days (so day counts matter). */
export function isAdditive(metric: Metric): boolean {
  return METRIC_DEFS[metric].aggregation === 'sum';
}

/** Throws unless the daily series is ascending and contiguous: every gap would silently read as zero. */
export function assertDailySeries(daily: readonly DailyPoint[]): void {
  for (let i = 1; i < daily.length; i++) {
    const prev = (daily[i - 1] as DailyPoint).date;
    const cur = (daily[i] as DailyPoint).date;
    if (daysBetween(prev, cur) !== 1) {
      throw new AnalyticsInputError(
        `daily series must be contiguous and ascending: ${prev} then ${cur}`,
      );
    }
  }
}

/** Returns the points whose date lies in [from, to], inclusive. */
export function between<T extends { date: IsoDate }>(
  daily: readonly T[],
  from: IsoDate,
  to: IsoDate,
): T[] {
  return daily.filter((p) => p.date >= from && p.date <= to);
}

/** Returns the points strictly before `date` (the complete days, when `date` is today). */
export function before<T extends { date: IsoDate }>(daily: readonly T[], date: IsoDate): T[] {
  return daily.filter((p) => p.date < date);
}
