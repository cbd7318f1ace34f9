import type { Bucket } from '../../../domain/calendar.js';
import type { Period } from '../../../domain/period-values.js';
import type { Queryable } from '../../db.js';
import { bounds, PERIOD_SELECT, toPeriod, type PeriodRow } from '../period-columns.js';

/** A user's stored daily rows starting inside the given ranges (e.g. months), by start. */
export async function readDaysIn(
  q: Queryable,
  userId: string,
  ranges: Bucket[],
): Promise<Period[]> {
  if (ranges.length === 0) return [];
  // One index range scan of the primary key (user_id, period_type, period_start) per range.
  const rows = await q.query<PeriodRow>(
    `SELECT ${PERIOD_SELECT}
     FROM unnest($2::timestamptz[], $3::timestamptz[]) AS r(s, e)
     JOIN usage_history h ON h.user_id = $1 AND h.period_type = 'daily'
       AND h.period_start >= r.s AND h.period_start < r.e
     ORDER BY h.period_start`,
    [userId, ...bounds(ranges)],
  );
  return rows.map(toPeriod);
}
