import type { Queryable } from '../../db.js';

/**
 * Deletes hourly client rows of every user that start before the local month (in the user's zone)
 * holding `before`, exactly as deleteHourlyBefore does the totals, so client rows and totals keep
 * the same hourly horizon. Returns how many went; daily and monthly client rows are kept for good.
 */
export async function deleteClientHourlyBefore(q: Queryable, before: number): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `WITH d AS (
       DELETE FROM usage_client_history h USING users u
       WHERE u.user_id = h.user_id AND h.period_type = 'hourly'
         AND h.period_start < (date_trunc('month', $1::timestamptz AT TIME ZONE u.time_zone)
                               AT TIME ZONE u.time_zone)
       RETURNING 1)
     SELECT count(*)::int AS n FROM d`,
    [new Date(before).toISOString()],
  );
  return rows[0]?.n ?? 0;
}
