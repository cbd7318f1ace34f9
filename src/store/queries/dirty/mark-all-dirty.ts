import type { Queryable } from '../../db.js';

/** Marks every UTC hour with raw events in [from, to) as stale, for all users; returns users touched. */
export async function markAllDirty(
  q: Queryable,
  from: number | null,
  to: number | null,
): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `WITH days AS (
       SELECT DISTINCT user_id, date_trunc('hour', occurred_at, 'UTC') AS d FROM usage_events
       WHERE ($1::timestamptz IS NULL OR occurred_at >= $1) AND ($2::timestamptz IS NULL OR occurred_at < $2)
       ORDER BY 1, 2
     ), ins AS (
       INSERT INTO rollup_dirty (user_id, utc_hour, version)
       SELECT user_id, d, nextval('rollup_dirty_version') FROM days
       RETURNING user_id
     )
     SELECT count(DISTINCT user_id)::int AS n FROM ins`,
    [
      from === null ? null : new Date(from).toISOString(),
      to === null ? null : new Date(to).toISOString(),
    ],
  );
  return rows[0]?.n ?? 0;
}
