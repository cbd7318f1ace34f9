import type { Queryable } from '../../db.js';

/** Records the outcome of a claimed send. */
export async function finishSend(
  q: Queryable,
  userId: string,
  subscriptionId: string,
  periodKey: string,
  status: 'sent' | 'retry' | 'failed',
  error: string | null = null,
): Promise<void> {
  await q.query(
    `UPDATE report_sends SET status = $4, last_error = $5, updated_at = now()
     WHERE user_id = $1 AND subscription_id = $2 AND period_key = $3`,
    [userId, subscriptionId, periodKey, status, error],
  );
}
