import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';
import { bounds } from '../period-columns.js';
import { ROLL_UP } from '../rollup-days.js';

/**
 * Replaces every daily and monthly row of a user (those ending after `keepUntil`, when given)
 * with rows derived from its hourly rows for the given local days and months (after a zone
 * change: daily and monthly rows are derived from hourly rows). An hourly row counts in the day
 * and month its start falls in.
 */
export async function rederiveFromHourly(
  tx: Queryable,
  userId: string,
  days: Bucket[],
  months: Bucket[],
  keepUntil: number | null = null,
): Promise<void> {
  await tx.query(
    `DELETE FROM usage_history WHERE user_id = $1 AND period_type IN ('daily', 'monthly')
       AND ($2::timestamptz IS NULL OR period_end > $2)`,
    [userId, keepUntil === null ? null : new Date(keepUntil).toISOString()],
  );
  if (days.length === 0) return;
  await tx.query(ROLL_UP('hourly', 'daily'), [userId, ...bounds(days)]);
  await tx.query(ROLL_UP('daily', 'monthly'), [userId, ...bounds(months)]);
}
