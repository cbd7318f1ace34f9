// Result types of anomaly detection.
import type { AnomalyPoint, Severity } from '../domain/anomaly-alerts.js';
import type { Metric } from '../domain/metrics.js';

export type { Severity };

/** An unusual value and its position in the series analysed. */
export interface Anomaly extends AnomalyPoint {
  index: number;
}

export interface AnomalyOptions {
  /** Seasonal periods; detected from the data when absent. */
  seasons?: readonly number[];
  /**
   * |robust z| beyond which a value is anomalous (severity is then graded on it too). Default: the
   * line the series' own residuals cross once in 200 points, read from their tail (2.81 when they
   * are normal).
   */
  threshold?: number;
  /**
   * Counts of events: never judged less noisy than Poisson counts, so that 1 instead of 0 is not
   * news. Default: whole numbers, none negative, zero at least a quarter of the time.
   */
  countData?: boolean;
}

export interface AnomalyResult {
  anomalies: Anomaly[];
  method: string;
  /** The period whose phases the seasonal profile uses (the longest usable one), or null. */
  season: number | null;
  /** The |score| from which a point is flagged (low). */
  threshold: number;
  /**
   * The |score| the series' own residuals cross once in 1000 points (3.29 when normal, higher for
   * heavy tails); medium from 1.25x, high from 1.5x. Equals `threshold` when one was given.
   */
  alarm: number;
  /** Robust sd of the residuals (1.4826 x MAD) on the scale of `transform`: the unit of `score`. */
  scale: number;
  /** The scale residuals are judged on: none, sqrt (counts, spread ~ sqrt(level)) or log (spread ~ level). */
  transform: 'none' | 'sqrt' | 'log';
  note?: string;
}

export interface MetricAnomalies extends AnomalyResult {
  metric: Metric;
  granularity: 'day' | 'hour';
  /** Days a hard limit refused usage (blockedDays): neither judged nor judged against. */
  refusedDays?: number;
}
