// Which unusual days call for a message: high-severity spikes on recent complete days. Pure: the
// caller passes the detector's findings and the days that count as recent.
import type { AlertCandidate } from './alerts.js';
import { EN_WORDS, type Words } from './i18n/words.js';
import { METRIC_DEFS, type Metric } from './metrics.js';

export type Severity = 'low' | 'medium' | 'high';

/** One unusual value as the detector reports it (the analytics core's Anomaly adds its index). */
export interface AnomalyPoint {
  /** The timestamp given for that value (a date, an ISO instant or epoch ms), or null if none was given. */
  time: string | number | null;
  value: number;
  /** What trend and seasonality lead one to expect. */
  expected: number;
  /** The band outside which a value counts as unusual. */
  lower: number;
  upper: number;
  direction: 'spike' | 'dip';
  severity: Severity;
  /**
   * Robust z score: the leave-one-out residual over its robust sd, on the scale of `transform`
   * (|score| >= threshold). Comparable across points of a series, and it ranks them.
   */
  score: number;
}

/** An unusual day of one metric; its time is the local date (YYYY-MM-DD) judged. */
export interface DayAnomaly extends AnomalyPoint {
  metric: Metric;
}

/** A dated alert: its period is the day it is about. */
export interface AnomalyAlert extends AlertCandidate {
  periodKey: string;
  details: { expected: number; lower: number; upper: number; score: number; date: string };
}

/** An anomaly alert's message: the day's value, what was expected and, when large, how many times that. */
export function anomalyMessage(
  metric: Metric,
  value: number,
  d: { date: string; expected: number; upper: number },
  w: Words = EN_WORDS,
): string {
  const times = d.expected > 0 ? value / d.expected : null;
  return w.t(times && times >= 1.5 ? 'alertMessages.anomalyTimes' : 'alertMessages.anomaly', {
    Metric: w.Label(metric),
    value: w.qty(value, metric),
    date: w.shortDay(d.date),
    expected: w.amount(d.expected, metric),
    upper: w.amount(d.upper, metric),
    times: w.num(times ?? 0),
  });
}

/** One alert per high-severity spike on one of the given days (gauges and dips never message), in `w`'s language. */
export function anomalyAlertsFor(
  anomalies: readonly DayAnomaly[],
  days: readonly string[],
  w: Words = EN_WORDS,
) {
  const out: AnomalyAlert[] = [];
  for (const a of anomalies) {
    const date = typeof a.time === 'string' ? a.time.slice(0, 10) : null;
    if (!date || !days.includes(date)) continue;
    if (a.direction !== 'spike' || a.severity !== 'high') continue;
    const def = METRIC_DEFS[a.metric];
    if (def.aggregation === 'gauge') continue;
    out.push({
      metric: a.metric,
      kind: 'anomaly-spike',
      periodKey: date,
      value: a.value,
      limit: a.expected,
      message: anomalyMessage(a.metric, a.value, { date, expected: a.expected, upper: a.upper }, w),
      details: { expected: a.expected, lower: a.lower, upper: a.upper, score: a.score, date },
    });
  }
  return out;
}
