// Which unusual days call for a message: high-severity spikes on recent complete days. Pure: the
// caller passes the detector's findings and the days that count as recent.
import type { AlertCandidate } from './alerts.js';
import { formatDay } from './dates.js';
import { formatAmount, formatQuantity } from './quantity.js';
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

const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** One alert per high-severity spike on one of the given days (gauges and dips never message). */
export function anomalyAlertsFor(anomalies: readonly DayAnomaly[], days: readonly string[]) {
  const out: AnomalyAlert[] = [];
  for (const a of anomalies) {
    const date = typeof a.time === 'string' ? a.time.slice(0, 10) : null;
    if (!date || !days.includes(date)) continue;
    if (a.direction !== 'spike' || a.severity !== 'high') continue;
    const def = METRIC_DEFS[a.metric];
    if (def.aggregation === 'gauge') continue;
    const times = a.expected > 0 ? a.value / a.expected : null;
    out.push({
      metric: a.metric,
      kind: 'anomaly-spike',
      periodKey: date,
      value: a.value,
      limit: a.expected,
      message:
        `${def.label}: ${formatQuantity(a.metric, a.value)} on ${formatDay(date)}, where about ` +
        `${formatAmount(a.metric, a.expected)} were expected (usual range up to ${formatAmount(a.metric, a.upper)})` +
        (times && times >= 1.5 ? `: ${decimal.format(times)} times the usual day.` : '.'),
      details: { expected: a.expected, lower: a.lower, upper: a.upper, score: a.score, date },
    });
  }
  return out;
}
