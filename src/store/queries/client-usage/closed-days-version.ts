import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';

/**
 * What names the contents of a user's stored days in [start, end) other than `skip` (today): the
 * latest write time and the number of its daily rows. Every rollup of a day deletes and re-inserts
 * that day's row (and its client rows, in the same transaction), so any change to the client rows
 * of those days, or of the months they make up, moves it.
 */
export async function closedDaysVersion(
  q: Queryable,
  userId: string,
  start: number,
  end: number,
  skip: Bucket,
): Promise<string> {
  const rows = await q.query<{ v: string }>(
    `SELECT coalesce((extract(epoch FROM max(recorded_at)) * 1000000)::bigint::text, '') || ':' || count(*) AS v
     FROM usage_history
     WHERE user_id = $1 AND period_type = 'daily' AND period_start >= $2 AND period_start < $3
       AND period_start <> $4`,
    [
      userId,
      new Date(start).toISOString(),
      new Date(end).toISOString(),
      new Date(skip.start).toISOString(),
    ],
  );
  return rows[0]?.v ?? '';
}
