import type { Queryable } from '../../db.js';
import { type SubscriptionRow, type Raw, COLS, toRow } from './subscription-row.js';

/** The user's subscriptions that have not ended. */
export async function userSubscriptions(q: Queryable, userId: string): Promise<SubscriptionRow[]> {
  const rows = await q.query<Raw>(
    `SELECT ${COLS} FROM report_subscriptions WHERE user_id = $1 AND ended_at IS NULL ORDER BY created_at, subscription_id`,
    [userId],
  );
  return rows.map(toRow);
}
