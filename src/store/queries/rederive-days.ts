import type { Bucket } from '../../domain/calendar.js';
import type { Queryable } from '../db.js';
import { bounds } from './period-columns.js';
import { ROLL_UP } from './rollup-days.js';

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

/**
 * Replaces every daily and monthly row of a user with rows derived from its hourly rows for the
 * given local days and months (after a zone change: daily and monthly rows are derived, hourly
 * rows are kept for good). An hourly row counts in the day and month its start falls in.
 */
export async function rederiveFromHourly(
  tx: Queryable,
  userId: string,
  days: Bucket[],
  months: Bucket[],
): Promise<void> {
  await tx.query(
    `DELETE FROM usage_history WHERE user_id = $1 AND period_type IN ('daily', 'monthly')`,
    [userId],
  );
  if (days.length === 0) return;
  await tx.query(ROLL_UP('hourly', 'daily'), [userId, ...bounds(days)]);
  await tx.query(ROLL_UP('daily', 'monthly'), [userId, ...bounds(months)]);
}

/**
 * Hourly rows that start before one of the cuts and end after it (rows of an earlier zone whose
 * hours do not meet the current zone's days): their start and the cut they cross.
 */
export async function hoursAcross(
  q: Queryable,
  userId: string,
  cuts: number[],
): Promise<{ start: number; cut: number }[]> {
  if (cuts.length === 0) return [];
  return q.query<{ start: number; cut: number }>(
    `SELECT (extract(epoch FROM h.period_start) * 1000)::float8 AS start,
       (extract(epoch FROM c.cut) * 1000)::float8 AS cut
     FROM unnest($2::timestamptz[]) AS c(cut)
     JOIN usage_history h ON h.user_id = $1 AND h.period_type = 'hourly'
       AND h.period_start < c.cut AND h.period_start > c.cut - interval '1 day' AND h.period_end > c.cut`,
    [userId, cuts.map((t) => new Date(t).toISOString())],
  );
}
