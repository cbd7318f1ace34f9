// How a client row maps onto PeriodValues: the summed metrics as stored, the rest empty (they are
// not kept per client); unique_clients is 1 in a period the client used.
import type { Period } from '../../../domain/period-values.js';

export const CLIENT_PERIOD_SELECT = `
  (extract(epoch FROM period_start) * 1000)::float8 AS period_start,
  (extract(epoch FROM period_end) * 1000)::float8 AS period_end,
  sessions_created::float8 AS sessions, audio_minutes_processed::float8 AS audio_minutes,
  transcriptions_completed::float8 AS transcriptions, exports_generated::float8 AS exports,
  api_calls_made::float8 AS api_calls, event_count::float8 AS event_count`;

export interface ClientPeriodRow {
  period_start: number;
  period_end: number;
  sessions: number;
  audio_minutes: number;
  transcriptions: number;
  exports: number;
  api_calls: number;
  event_count: number;
}

/** Converts a row selected with CLIENT_PERIOD_SELECT into a Period. */
export function toClientPeriod(r: ClientPeriodRow): Period {
  return {
    start: r.period_start,
    end: r.period_end,
    values: {
      sessions: r.sessions,
      audio_minutes: r.audio_minutes,
      transcriptions: r.transcriptions,
      exports: r.exports,
      api_calls: r.api_calls,
      event_count: r.event_count,
      storage_mb: null,
      storage_mb_peak: null,
      unique_clients: r.event_count > 0 ? 1 : 0,
      concurrent_sessions_peak: 0,
    },
  };
}
