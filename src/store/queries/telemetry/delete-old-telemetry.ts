import type { Queryable } from '../../db.js';

/** Deletes raw telemetry older than the cutoff (the daily aggregates stay); returns how many went. */
export async function deleteTelemetryBefore(q: Queryable, cutoff: number): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `WITH d AS (DELETE FROM telemetry_events WHERE occurred_at < $1 RETURNING 1)
     SELECT count(*)::int AS n FROM d`,
    [new Date(cutoff).toISOString()],
  );
  return rows[0]?.n ?? 0;
}
