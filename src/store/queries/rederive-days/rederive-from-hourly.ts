import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';
import { ROLL_UP } from '../rollup-days.js';
import { rederiveLevels } from './rederive-levels.js';

/**
 * Replaces every daily and monthly row of a user (those ending after `keepUntil`, when given)
 * with rows derived from its hourly rows for the given local days and months (after a zone
 * change: daily and monthly rows are derived from hourly rows).
 */
export async function rederiveFromHourly(
  tx: Queryable,
  userId: string,
  days: Bucket[],
  months: Bucket[],
  keepUntil: number | null = null,
): Promise<void> {
  await rederiveLevels(
    tx,
    { table: 'usage_history', up: ROLL_UP },
    userId,
    days,
    months,
    keepUntil,
  );
}
