import type { Bucket } from '../../../domain/calendar.js';
import type { Period } from '../../../domain/period-values.js';
import type { Queryable } from '../../db.js';
import { bounds, PERIOD_SELECT, toPeriod, type PeriodRow } from '../period-columns.js';

/** A user's stored hourly and daily rows starting inside the given ranges (e.g. the days of the open tail), by start. */
export async function readHoursAndDaysIn(
  q: Queryable,
  userId: string,
  ranges: Bucket[],
): Promise<{ hourly: Period[]; daily: Period[] }> {
  const out = { hourly: [] as Period[], daily: [] as Period[] };
  if (ranges.length === 0) return out;
  const rows = await q.query<PeriodRow & { period_type: string }>(
    `SELECT ${PERIOD_SELECT}, h.period_type
     FROM unnest($2::timestamptz[], $3::timestamptz[]) AS r(s, e)
     JOIN usage_history h ON h.user_id = $1 AND h.period_type IN ('hourly', 'daily')
       AND h.period_start >= r.s AND h.period_start < r.e
     ORDER BY h.period_start`,
    [userId, ...bounds(ranges)],
  );
  for (const { period_type, ...row } of rows)
    (period_type === 'daily' ? out.daily : out.hourly).push(toPeriod(row));
  return out;
}
