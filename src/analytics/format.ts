// Wording helpers for insights: numbers and dates written the same way every time.
import { DateTime } from 'luxon';
import { METRIC_DEFS, type Metric } from '../domain/metrics.js';
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

/** Returns "12 sessions" / "1 session"-style quantities with the metric's unit. */
export function qty(x: number, metric: Metric): string {
  const unit = METRIC_DEFS[metric].unit;
  return `${num(x)} ${x === 1 && unit.endsWith('s') ? unit.slice(0, -1) : unit}`;
}

/** Lower-case label of a metric for the middle of a sentence ("audio minutes"). */
export function label(metric: Metric): string {
  return METRIC_DEFS[metric].label.toLowerCase();
}
