import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';
import { bounds } from '../period-columns.js';

/**
 * The given local days whose stored daily row covers exactly that day (rolled up in the zone they
 * are asked in), by start: their clean hours' stored rows are current, as in the history's open tail.
 */
export async function rolledDays(
  q: Queryable,
  userId: string,
  days: Bucket[],
): Promise<Set<number>> {
  if (days.length === 0) return new Set();
  const rows = await q.query<{ t: number }>(
    `SELECT (extract(epoch FROM h.period_start) * 1000)::float8 AS t
     FROM unnest($2::timestamptz[], $3::timestamptz[]) AS d(s, e)
     JOIN usage_history h ON h.user_id = $1 AND h.period_type = 'daily'
       AND h.period_start = d.s AND h.period_end = d.e`,
    [userId, ...bounds(days)],
  );
  return new Set(rows.map((r) => r.t));
}
