// How a stored period row maps onto PeriodValues: one place for the column names.
import type { Period } from '../../domain/period-values.js';

export const PERIOD_SELECT = `
  period_start, period_end,
  sessions_created AS sessions, audio_minutes_processed AS audio_minutes,
  transcriptions_completed AS transcriptions, exports_generated AS exports,
  storage_used_mb AS storage_mb, storage_peak_mb AS storage_mb_peak,
  api_calls_made AS api_calls, unique_clients, concurrent_sessions_peak, event_count`;

export interface PeriodRow {
  period_start: Date;
  period_end: Date;
  sessions: number;
  audio_minutes: number;
  transcriptions: number;
  exports: number;
  storage_mb: number | null;
  storage_mb_peak: number | null;
  api_calls: number;
  unique_clients: number;
  concurrent_sessions_peak: number;
  event_count: number;
}

/** Converts a row selected with PERIOD_SELECT into a Period. */
export function toPeriod(r: PeriodRow): Period {
  return {
    start: r.period_start.getTime(),
    end: r.period_end.getTime(),
    values: {
      sessions: r.sessions,
      audio_minutes: r.audio_minutes,
      transcriptions: r.transcriptions,
      exports: r.exports,
      storage_mb: r.storage_mb,
      storage_mb_peak: r.storage_mb_peak,
      api_calls: r.api_calls,
      unique_clients: r.unique_clients,
      concurrent_sessions_peak: r.concurrent_sessions_peak,
      event_count: r.event_count,
    },
  };
}

export const bounds = (buckets: { start: number; end: number }[]) => [
  buckets.map((b) => new Date(b.start).toISOString()),
  buckets.map((b) => new Date(b.end).toISOString()),
];
