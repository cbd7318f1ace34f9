// How a stored period row maps onto PeriodValues: one place for the column names.
import type { Period, PeriodValues } from '../../domain/period-values.js';

// Bounds come back as epoch milliseconds: parsing 730 timestamps as text cost a 12-month read
// almost a millisecond.
export const PERIOD_SELECT = `
  (extract(epoch FROM period_start) * 1000)::float8 AS period_start,
  (extract(epoch FROM period_end) * 1000)::float8 AS period_end,
  sessions_created AS sessions, audio_minutes_processed AS audio_minutes,
  transcriptions_completed AS transcriptions, exports_generated AS exports,
  storage_used_mb AS storage_mb, storage_peak_mb AS storage_mb_peak,
  api_calls_made AS api_calls, unique_clients, concurrent_sessions_peak, event_count`;

// The columns are aliased to PeriodValues' names, so a row is those values plus its bounds.
export interface PeriodRow extends PeriodValues {
  period_start: Date | number;
  period_end: Date | number;
}

/** Converts a row selected with PERIOD_SELECT into a Period. */
export function toPeriod(r: PeriodRow): Period {
  const { period_start, period_end, ...values } = r;
  return { start: +period_start, end: +period_end, values };
}

export const bounds = (buckets: { start: number; end: number }[]) => [
  buckets.map((b) => new Date(b.start).toISOString()),
  buckets.map((b) => new Date(b.end).toISOString()),
];
