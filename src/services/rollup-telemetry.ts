// Telemetry aggregates: sessions, daily counts and timing histograms recomputed from raw events
// (never incremented, as usage rollups are), and raw telemetry dropped after 90 days.
import { TELEMETRY_RETENTION_DAYS } from '../domain/telemetry.js';
import { deleteOpsSamplesBefore } from '../store/queries/ops/delete-old-ops-samples.js';
import { deleteTelemetryBefore } from '../store/queries/telemetry/delete-old-telemetry.js';
import { rollupTelemetryDaily } from '../store/queries/telemetry/rollup-telemetry-daily.js';
import { rollupTelemetryPerf } from '../store/queries/telemetry/rollup-telemetry-perf.js';
import { rollupTelemetrySessions } from '../store/queries/telemetry/rollup-telemetry-sessions.js';
import type { Call } from './context.js';

const DAY = 86_400_000;
/** Health samples are kept as long as raw usage events by default, so a year of months compares. */
const OPS_SAMPLE_DAYS = 400;

/**
 * Recomputes the aggregates of every UTC day from `since` (default: yesterday, the oldest day an
 * event may still arrive for) to now; returns the sessions touched.
 */
export async function rollupTelemetry({
  ctx,
  input,
}: Call<{ since?: number }>): Promise<{ sessions: number }> {
  const since = Math.floor((input.since ?? ctx.now() - DAY) / DAY) * DAY;
  const sessions = await rollupTelemetrySessions(ctx.db, since);
  await rollupTelemetryDaily(ctx.db, since);
  await rollupTelemetryPerf(ctx.db, since);
  return { sessions };
}

/** Deletes raw telemetry older than 90 days and health samples older than 400; the aggregates stay. */
export async function expireTelemetry({ ctx }: Call<object>): Promise<{ deleted: number }> {
  const deleted = await deleteTelemetryBefore(ctx.db, ctx.now() - TELEMETRY_RETENTION_DAYS * DAY);
  await deleteOpsSamplesBefore(ctx.db, ctx.now() - OPS_SAMPLE_DAYS * DAY);
  return { deleted };
}
