// Result types of anomaly detection.
import type { Metric } from '../domain/metrics.js';

export type Severity = 'low' | 'medium' | 'high';

export interface Anomaly {
  index: number;
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
  /** Robust z score: residual over the robust residual scale (|score| >= threshold). */
  score: number;
}

export interface AnomalyOptions {
  /** Seasonal periods; detected from the data when absent. */
  seasons?: readonly number[];
  /** |robust z| beyond which a value is anomalous; default 3.5 (Iglewicz & Hoaglin). */
  threshold?: number;
  /** Counts: the residual scale is never taken below the Poisson sd sqrt(expected), so that 1 instead of 0 is not news. */
  countData?: boolean;
}

export interface AnomalyResult {
  anomalies: Anomaly[];
  method: string;
  /** The period whose phases the seasonal profile uses (the longest usable one), or null. */
  season: number | null;
  threshold: number;
  /** Robust sd of the residuals (1.4826 x MAD): the unit of `score`. */
  scale: number;
  note?: string;
}

export interface MetricAnomalies extends AnomalyResult {
  metric: Metric;
  granularity: 'day' | 'hour';
}
