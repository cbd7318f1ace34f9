import type { Queryable } from '../../db.js';

/** The first and last hourly row starts of a user (epoch ms), or null without hourly rows. */
export async function hourlyExtent(
  q: Queryable,
  userId: string,
): Promise<{ first: number; last: number } | null> {
  const [row] = await q.query<{ first: number | null; last: number | null }>(
    `SELECT (extract(epoch FROM min(period_start)) * 1000)::float8 AS first,
       (extract(epoch FROM max(period_start)) * 1000)::float8 AS last
     FROM usage_history WHERE user_id = $1 AND period_type = 'hourly'`,
    [userId],
  );
  return row?.first == null || row.last == null ? null : { first: row.first, last: row.last };
}
