import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';
import { bounds } from '../period-columns.js';

/** A rollup table and the statement that sums one of its levels into the next. */
export interface Levels {
  table: 'usage_history' | 'usage_client_history';
  up: (from: string, to: string) => string;
}

/**
 * Replaces a user's daily and monthly rows of one table (those ending after `keepUntil`, when
 * given: older ones have no hourly rows left to derive them) with rows summed from its hourly rows
 * for the given local days and months. An hourly row counts in the day and month its start is in.
 */
export async function rederiveLevels(
  tx: Queryable,
  levels: Levels,
  userId: string,
  days: Bucket[],
  months: Bucket[],
  keepUntil: number | null,
): Promise<void> {
  // The table name is one of two literals above, never input.
  await tx.query(
    `DELETE FROM ${levels.table} WHERE user_id = $1 AND period_type IN ('daily', 'monthly')
       AND ($2::timestamptz IS NULL OR period_end > $2)`,
    [userId, keepUntil === null ? null : new Date(keepUntil).toISOString()],
  );
  if (days.length === 0) return;
  await tx.query(levels.up('hourly', 'daily'), [userId, ...bounds(days)]);
  await tx.query(levels.up('daily', 'monthly'), [userId, ...bounds(months)]);
}
