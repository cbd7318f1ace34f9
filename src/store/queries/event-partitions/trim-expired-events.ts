import type { Queryable } from '../../db.js';

/**
 * Deletes what whole partitions cannot: events in the DEFAULT partition that occurred before
 * `eventsBefore` (it holds only stray far-off months, so little), and the event ids of
 * usage_event_ids that occurred before `idsBefore` (past the acceptance window: ADR 15).
 * Two statements: Citus runs no CTE of two multi-shard deletes.
 */
export async function trimExpiredEvents(
  q: Queryable,
  eventsBefore: number,
  idsBefore: number,
): Promise<{ events: number; ids: number }> {
  const count = async (sql: string, at: number) =>
    (
      await q.query<{ n: number }>(
        `WITH d AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM d`,
        [new Date(at).toISOString()],
      )
    )[0]?.n ?? 0;
  return {
    events: await count(`DELETE FROM usage_events_default WHERE occurred_at < $1`, eventsBefore),
    ids: await count(`DELETE FROM usage_event_ids WHERE occurred_at < $1`, idsBefore),
  };
}
