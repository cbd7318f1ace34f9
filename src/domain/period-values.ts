// The values of one period (an hour, a day, a bucket) for every metric, as stored and as served.
import type { Metric } from './metrics.js';

export interface PeriodValues {
  sessions: number;
  audio_minutes: number;
  transcriptions: number;
  exports: number;
  /** Latest storage measurement in the period; null when none was taken. */
  storage_mb: number | null;
  storage_mb_peak: number | null;
  api_calls: number;
  unique_clients: number;
  concurrent_sessions_peak: number;
  event_count: number;
}

export interface Period {
  start: number;
  end: number;
  values: PeriodValues;
}

/** A period with nothing in it. */
export function emptyValues(): PeriodValues {
  return {
    sessions: 0,
    audio_minutes: 0,
    transcriptions: 0,
    exports: 0,
    storage_mb: null,
    storage_mb_peak: null,
    api_calls: 0,
    unique_clients: 0,
    concurrent_sessions_peak: 0,
    event_count: 0,
  };
}

export type MetricValues = Record<Metric, number | null>;
