import type { Queryable } from '../db.js';

/**
 * Deletes hourly rollup rows of every user (totals and per client) that start before the local
 * month (in the user's zone) holding `before`: hours go by whole local months, so the daily and
 * monthly rows older than the earliest hourly row end exactly where it starts (a zone change
 * relies on it), and client rows keep the totals' horizon. Returns how many went. Daily and
 * monthly rows are kept for good.
 */
export async function deleteHourlyBefore(q: Queryable, before: number): Promise<number> {
  let n = 0;
  for (const table of ['usage_history', 'usage_client_history'] as const) {
    const rows = await q.query<{ n: number }>(
      `WITH d AS (
         DELETE FROM ${table} h USING users u
         WHERE u.user_id = h.user_id AND h.period_type = 'hourly'
           AND h.period_start < (date_trunc('month', $1::timestamptz AT TIME ZONE u.time_zone)
                                 AT TIME ZONE u.time_zone)
         RETURNING 1)
       SELECT count(*)::int AS n FROM d`,
      [new Date(before).toISOString()],
    );
    n += rows[0]?.n ?? 0;
  }
  return n;
}
