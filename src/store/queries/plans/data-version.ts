import type { Queryable } from '../../db.js';
import { FIRST_USAGE_COLUMNS, firstOf } from '../first-usage.js';

/**
 * A value that changes whenever the user's usage, rollups, zone or plan change, the user's zone
 * (null for an unknown user), a stamp that changes only with the user's own settings (zone, plan)
 * and, when asked, when the user's usage begins (in the same round trip).
 */
export async function dataVersion(
  q: Queryable,
  userId: string,
  opts: { firstUsage?: boolean } = {},
): Promise<{
  version: string;
  timeZone: string | null;
  userStamp: string;
  firstUsageAt: number | null;
}> {
  const rows = await q.query<{
    v: string;
    tz: string | null;
    u: string | null;
    first_h: number | null;
    first_e: number | null;
  }>(
    `SELECT concat_ws('|',
       (SELECT max(version) FROM rollup_dirty WHERE user_id = $1),
       (SELECT max(recorded_at) FROM usage_history WHERE user_id = $1 AND period_type = 'monthly'),
       u.updated_at) AS v, u.time_zone AS tz, u.updated_at::text AS u
       ${opts.firstUsage ? `, ${FIRST_USAGE_COLUMNS}` : ''}
     FROM (SELECT 1) AS one LEFT JOIN users u ON u.user_id = $1`,
    [userId],
  );
  return {
    version: rows[0]?.v ?? '',
    timeZone: rows[0]?.tz ?? null,
    userStamp: rows[0]?.u ?? '',
    firstUsageAt: opts.firstUsage ? firstOf(rows[0]) : null,
  };
}
