import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';
import { bounds } from '../period-columns.js';

export interface StoredDay {
  /** A daily row covers exactly the day. */
  exact: boolean;
  /** The starts of the day's hourly rows (epoch ms). */
  hours: number[];
}

/**
 * For each given local day, by start: whether a stored daily row covers exactly that day, and where
 * its stored hourly rows begin (after a zone change they can keep the old zone's hours).
 */
export async function storedDays(
  q: Queryable,
  userId: string,
  days: Bucket[],
): Promise<Map<number, StoredDay>> {
  const out = new Map<number, StoredDay>(days.map((d) => [d.start, { exact: false, hours: [] }]));
  if (days.length === 0) return out;
  const rows = await q.query<{ d: number; t: number; hourly: boolean; exact: boolean }>(
    `SELECT (extract(epoch FROM d.s) * 1000)::float8 AS d, (extract(epoch FROM h.period_start) * 1000)::float8 AS t,
       h.period_type = 'hourly' AS hourly, h.period_start = d.s AND h.period_end = d.e AS exact
     FROM unnest($2::timestamptz[], $3::timestamptz[]) AS d(s, e)
     JOIN usage_history h ON h.user_id = $1 AND h.period_type IN ('hourly', 'daily')
       AND h.period_start >= d.s AND h.period_start < d.e`,
    [userId, ...bounds(days)],
  );
  for (const r of rows) {
    const day = out.get(r.d)!;
    if (r.hourly) day.hours.push(r.t);
    else if (r.exact) day.exact = true;
  }
  return out;
}
