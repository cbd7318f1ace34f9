import type { Queryable } from '../../db.js';

/**
 * The first and last hourly row starts of a user (epoch ms), or null without hourly rows, and
 * whether daily rows end before the first one (their hours are gone: HOURLY_RETENTION_DAYS).
 */
export async function hourlyExtent(
  q: Queryable,
  userId: string,
): Promise<{ first: number; last: number; older: boolean } | null> {
  const [row] = await q.query<{ first: number | null; last: number | null; older: boolean }>(
    `SELECT (extract(epoch FROM h.first) * 1000)::float8 AS first,
       (extract(epoch FROM h.last) * 1000)::float8 AS last,
       EXISTS (SELECT 1 FROM usage_history d WHERE d.user_id = $1 AND d.period_type = 'daily'
               AND d.period_end <= h.first) AS older
     FROM (SELECT min(period_start) AS first, max(period_start) AS last
           FROM usage_history WHERE user_id = $1 AND period_type = 'hourly') h`,
    [userId],
  );
  return row?.first == null || row.last == null
    ? null
    : { first: row.first, last: row.last, older: row.older };
}
