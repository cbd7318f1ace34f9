// Builders of synthetic series with known answers, for the tests of the analytics core.
import { DateTime } from 'luxon';
import type { Metric } from '../../domain/metrics.js';
import { addDays, dateRange } from '../time.js';
import type { DailyPoint, HourlyPoint, IsoDate, MetricValues } from '../types.js';

/** Returns a contiguous daily series from `from`, `days` long; `fill(i, date)` gives each day's values. */
export function dailySeries(
  from: IsoDate,
  days: number,
  fill: (i: number, date: IsoDate) => MetricValues,
  zone = 'UTC',
): DailyPoint[] {
  return dateRange(from, addDays(from, days - 1)).map((date, i) => ({
    date,
    start: DateTime.fromISO(date, { zone }).toISO() as string,
    values: fill(i, date),
  }));
}

/** Returns a daily series of one metric from an array of values. */
export function metricSeries(
  from: IsoDate,
  metric: Metric,
  values: readonly number[],
): DailyPoint[] {
  return dailySeries(from, values.length, (i) => ({ [metric]: values[i] as number }));
}

/** Returns a contiguous hourly series starting at local midnight of `from` in `zone`. */
export function hourlySeries(
  from: IsoDate,
  hours: number,
  fill: (i: number, local: DateTime) => MetricValues,
  zone = 'UTC',
): HourlyPoint[] {
  const start = DateTime.fromISO(from, { zone });
  return Array.from({ length: hours }, (_, i) => {
    const t = start.plus({ hours: i });
    return { start: t.toISO() as string, values: fill(i, t) };
  });
}

/** Returns a deterministic pseudo-random noise function in [-1, 1) for tests. */
export function noise(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 2147483648 - 1;
  };
}

/**
 * 62 days from 2025-01-01 of about 60 sessions a weekday and 15 a weekend day (about 1,350 a
 * month), each with `minutes` audio minutes: a user a Pro plan's 1,000 sessions stop late in March.
 */
export function sessionsWithAudio(minutes: number, seed: number): DailyPoint[] {
  const r = noise(seed);
  return dailySeries('2025-01-01', 62, (_, date) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const sessions = Math.round((weekday === 0 || weekday === 6 ? 15 : 60) + 4 * r());
    return { sessions, audio_minutes: sessions * minutes };
  });
}
