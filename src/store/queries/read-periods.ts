import type { Bucket } from '../../domain/calendar.js';
import type { Period } from '../../domain/period-values.js';
import type { Queryable } from '../db.js';
import { bounds, PERIOD_SELECT, toPeriod, type PeriodRow } from './period-columns.js';

/** A user's stored hourly or daily rows starting in [start, end), except those inside the excluded ranges. */
export async function readPeriods(
  q: Queryable,
  userId: string,
  level: 'hourly' | 'daily' | 'monthly',
  start: number,
  end: number,
  exclude: Bucket[] = [],
): Promise<Period[]> {
  const rows = await q.query<PeriodRow>(
    `SELECT ${PERIOD_SELECT} FROM usage_history h
     WHERE h.user_id = $1 AND h.period_type = $2 AND h.period_start >= $3 AND h.period_start < $4
       AND NOT EXISTS (SELECT 1 FROM unnest($5::timestamptz[], $6::timestamptz[]) AS x(s, e)
                       WHERE h.period_start >= x.s AND h.period_start < x.e)
     ORDER BY h.period_start`,
    [userId, level, new Date(start).toISOString(), new Date(end).toISOString(), ...bounds(exclude)],
  );
  return rows.map(toPeriod);
}
