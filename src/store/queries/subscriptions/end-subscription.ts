import type { Queryable } from '../../db.js';

/** Ends one of the user's subscriptions; false when it has none such. */
export async function endSubscription(q: Queryable, userId: string, id: string): Promise<boolean> {
  const rows = await q.query(
    `UPDATE report_subscriptions SET ended_at = now() WHERE user_id = $1 AND subscription_id = $2 AND ended_at IS NULL RETURNING 1`,
    [userId, id],
  );
  return rows.length === 1;
}
