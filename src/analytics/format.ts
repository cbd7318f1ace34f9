// Wording helpers for insights: numbers and dates written the same way every time.
import { DateTime } from 'luxon';
import { METRIC_DEFS, type Metric } from '../domain/metrics.js';
import { formatAmount, formatQuantity } from '../domain/quantity.js';
import type { IsoDate } from './types.js';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Formats a number for a sentence: thousands separated, at most one decimal. */
export function num(x: number): string {
  return NUMBER.format(x);
}

/** Formats a date for a sentence, e.g. "25 March 2025". */
export function day(date: IsoDate): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).setLocale('en-GB').toFormat('d LLLL yyyy');
}

/** Returns "12 sessions" / "1 session" / "17.4 GB": the one quantity formatter (domain/quantity), counts whole. */
export function qty(x: number, metric: Metric): string {
  return formatQuantity(metric, x);
}

/** A metric's number alone, rounded as the metric is counted ("about 50 were expected", never 49.6). */
export function amount(x: number, metric: Metric): string {
  // Storage changes unit with its size: a bare "17.4" would not say GB or MB.
  return metric === 'storage_mb' ? formatQuantity(metric, x) : formatAmount(metric, x);
}

/** Lower-case label of a metric for the middle of a sentence ("audio minutes"). */
export function label(metric: Metric): string {
  return METRIC_DEFS[metric].label.toLowerCase();
}
