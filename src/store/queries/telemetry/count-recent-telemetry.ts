import type { Queryable } from '../../db.js';

/**
 * How many telemetry events the user's requests delivered since the instant (by arrival, not by
 * the time the browser says they happened: a backdated `at` must not slip under the daily cap),
 * counting no further than cap. Events are accepted at most maxAgeMs after they happened, so
 * those that arrived since the instant happened at most maxAgeMs before it: the index on
 * (user_id, occurred_at) bounds the scan to that span.
 */
export async function countRecentTelemetry(
  q: Queryable,
  userId: string,
  since: number,
  maxAgeMs: number,
  cap: number,
): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT 1 FROM telemetry_events
       WHERE user_id = $1 AND occurred_at >= $2 AND received_at >= $3 LIMIT $4) x`,
    [userId, new Date(since - maxAgeMs).toISOString(), new Date(since).toISOString(), cap],
  );
  return rows[0]?.n ?? 0;
}
