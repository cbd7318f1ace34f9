import type { Queryable } from '../db.js';

/** Deletes raw events that occurred before the cutoff, row by row; rollups are kept. Returns how many went. Retention drops whole months instead (apply-retention.ts); this is for tests of an exact cutoff and the before/after benchmark. */
export async function deleteEventsBefore(q: Queryable, cutoff: number): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `WITH d AS (DELETE FROM usage_events WHERE occurred_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM d`,
    [new Date(cutoff).toISOString()],
  );
  return rows[0]?.n ?? 0;
}
