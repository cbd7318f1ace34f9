// Anomalies in a user's daily or hourly usage of one metric. Only complete periods are judged:
// today's partial total would always look like a dip.
import { METRIC_DEFS, type Metric } from '../../domain/metrics.js';
import { metricValues } from '../series.js';
import { instantIn, todayOf } from '../time.js';
import type { Anomaly, Clock, DailyPoint, HourlyPoint, MetricAnomalies } from '../types.js';
import { fillBlocked } from '../comparisons/blocked-days.js';
import { detectAnomalies } from './detect.js';

/** A high-severity spike is at least this multiple of the expected day; a dip at most its inverse. */
export const MATERIAL_RATIO = 1.5;

/**
 * High severity gates a message to the user, so it also needs a change a person would call big:
 * a day of 130 sessions where 100 were expected can be statistically certain for a very regular
 * user and still not be worth an email. Such a day stays flagged, as medium.
 */
function material(a: Anomaly): Anomaly {
  if (a.severity !== 'high') return a;
  const big =
    a.direction === 'spike'
      ? a.value >= MATERIAL_RATIO * a.expected
      : a.value <= a.expected / MATERIAL_RATIO;
  return big ? a : { ...a, severity: 'medium' };
}

const WEEK = 7;
/**
 * A gauge's daily change earns high severity only when it moves the level by at least this share:
 * 3 MB added to 5,000 MB of steady storage is statistically certain and of no interest to anyone.
 */
export const MATERIAL_LEVEL_SHARE = 0.05;

/** A gauge's high-severity change that is small against the level it changed is medium. */
function materialChange(a: Anomaly, level: number): Anomaly {
  if (a.severity !== 'high') return a;
  const big = Math.abs(a.value - a.expected) >= MATERIAL_LEVEL_SHARE * Math.abs(level);
  return big ? a : { ...a, severity: 'medium' };
}

/**
 * Returns the unusual complete days of a metric (weekly seasonality); a gauge is judged by its
 * daily change. High severity means both far outside the usual band (1.5x the alarm line) and a
 * material change of a flow (at least 1.5x, or at most 1/1.5 of, the expected day) or of a gauge
 * (at least 5% of its level): the days a person wants a message about. Days in `blocked` (a hard
 * limit refused usage, see blockedDays) are not judged, nor judged against: the fit sees the same
 * weekday of an open week.
 */
export function dailyUsageAnomalies(
  daily: readonly DailyPoint[],
  metric: Metric,
  clock: Clock,
  blocked: ReadonlySet<string> = new Set(),
): MetricAnomalies {
  const today = todayOf(clock);
  const complete = daily.filter((d) => d.date < today);
  const gauge = METRIC_DEFS[metric].aggregation === 'gauge';
  let values = metricValues(complete, metric);
  let times = complete.map((d) => d.date);
  if (gauge) {
    // Storage is judged by how much it moved in a day: a level is not unusual, a sudden jump is.
    const levels = values;
    values = values.slice(1).map((v, i) => v - (levels[i] as number));
    times = times.slice(1);
    const r = detectAnomalies(values, times, { seasons: [WEEK], countData: false });
    return {
      ...r,
      metric,
      granularity: 'day',
      anomalies: r.anomalies.map((a) => ({
        ...materialChange(a, levels[a.index] as number),
        index: a.index + 1,
      })),
      note: 'a gauge is judged by its change from the day before: value, expected and band are daily changes',
    };
  }
  const isBlocked = times.map((t) => blocked.has(t));
  const skipped = isBlocked.filter(Boolean).length;
  const r = detectAnomalies(fillBlocked(values, isBlocked), times, {
    seasons: [WEEK],
    countData: true,
  });
  const anomalies = r.anomalies.filter((a) => !isBlocked[a.index]).map(material);
  if (skipped === 0) return { ...r, anomalies, metric, granularity: 'day' };
  const note = [r.note, refusedNote(skipped)].filter(Boolean).join('; ');
  return { ...r, anomalies, metric, granularity: 'day', refusedDays: skipped, note };
}

/** The note of an answer whose only caveat is the days a hard limit refused. */
export function refusedNote(days: number): string {
  return `${days} day(s) at a hard limit not judged: the platform refused usage there`;
}

/** Returns the unusual complete hours of a metric (daily and weekly seasonality), times as given. */
export function hourlyUsageAnomalies(
  hourly: readonly HourlyPoint[],
  metric: Metric,
  clock: Clock,
): MetricAnomalies {
  const now = instantIn(clock.now, clock.zone).toMillis();
  const complete = hourly.filter(
    (h) => instantIn(h.start, clock.zone).toMillis() + 3_600_000 <= now,
  );
  const r = detectAnomalies(
    metricValues(complete, metric),
    complete.map((h) => h.start),
    { seasons: [24, 168], countData: METRIC_DEFS[metric].aggregation !== 'gauge' },
  );
  return { ...r, metric, granularity: 'hour' };
}
