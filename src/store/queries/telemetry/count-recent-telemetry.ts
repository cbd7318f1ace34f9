import type { Queryable } from '../../db.js';

/** How many telemetry events the user recorded as happening since the instant, counting no further than cap. */
export async function countRecentTelemetry(
  q: Queryable,
  userId: string,
  since: number,
  cap: number,
): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT 1 FROM telemetry_events WHERE user_id = $1 AND occurred_at >= $2 LIMIT $3) x`,
    [userId, new Date(since).toISOString(), cap],
  );
  return rows[0]?.n ?? 0;
}
