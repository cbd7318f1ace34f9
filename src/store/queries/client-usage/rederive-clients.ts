import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';
import { bounds } from '../period-columns.js';
import { CLIENTS_UP } from './roll-up-clients.js';

/**
 * Replaces every daily and monthly client row of a user with rows derived from its hourly client
 * rows for the given local days and months (a zone change, as rederiveFromHourly does the totals);
 * with keepUntil, rows ending by then stay as they are.
 */
export async function rederiveClients(
  tx: Queryable,
  userId: string,
  days: Bucket[],
  months: Bucket[],
  keepUntil: number | null = null,
): Promise<void> {
  // Rows ending at or before keepUntil have no hourly rows left to derive them (hourly retention).
  await tx.query(
    `DELETE FROM usage_client_history WHERE user_id = $1 AND period_type IN ('daily', 'monthly')
       AND ($2::timestamptz IS NULL OR period_end > $2)`,
    [userId, keepUntil === null ? null : new Date(keepUntil).toISOString()],
  );
  if (days.length === 0) return;
  await tx.query(CLIENTS_UP('hourly', 'daily'), [userId, ...bounds(days)]);
  await tx.query(CLIENTS_UP('daily', 'monthly'), [userId, ...bounds(months)]);
}
