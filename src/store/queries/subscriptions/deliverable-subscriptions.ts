import type { Queryable } from '../../db.js';
import { type SubscriptionRow, type Raw, COLS, toRow } from './subscription-row.js';

/** Every live, confirmed, deliverable subscription of every user. */
export async function deliverableSubscriptions(q: Queryable): Promise<SubscriptionRow[]> {
  const rows = await q.query<Raw>(
    `SELECT ${COLS} FROM report_subscriptions
     WHERE ended_at IS NULL AND disabled_reason IS NULL AND confirmed_at IS NOT NULL
     ORDER BY user_id, subscription_id`,
  );
  return rows.map(toRow);
}
