import type { Queryable } from '../../db.js';

/**
 * Claims the send of (subscription, period): true only for the one caller that may send now.
 * A row already sending, sent or failed is never claimed again, so nothing goes out twice.
 */
export async function claimSend(
  q: Queryable,
  userId: string,
  subscriptionId: string,
  periodKey: string,
  messageId: string,
): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO report_sends (user_id, subscription_id, period_key, status, message_id, attempts)
     VALUES ($1, $2, $3, 'sending', $4, 1)
     ON CONFLICT (user_id, subscription_id, period_key) DO UPDATE
       SET status = 'sending', attempts = report_sends.attempts + 1, updated_at = EXCLUDED.updated_at
       WHERE report_sends.status = 'retry'
     RETURNING 1`,
    [userId, subscriptionId, periodKey, messageId],
  );
  return rows.length === 1;
}
