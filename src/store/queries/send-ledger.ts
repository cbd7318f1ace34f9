import type { Queryable } from '../db.js';

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

/** Marks sends interrupted mid-delivery (the process died) as unknown: reported, never retried. */
export async function sweepInterruptedSends(q: Queryable, olderThanMs: number): Promise<number> {
  const rows = await q.query(
    `UPDATE report_sends SET status = 'unknown', last_error = 'interrupted while the mail server had it; not resent', updated_at = now()
     WHERE status = 'sending' AND updated_at < now() - make_interval(secs => $1::float8 / 1000) RETURNING 1`,
    [olderThanMs],
  );
  return rows.length;
}

/** The ledger rows of a user, newest first. */
export async function userSends(q: Queryable, userId: string, limit = 50) {
  return q.query<{
    subscription_id: string;
    period_key: string;
    status: string;
    attempts: number;
    last_error: string | null;
    updated_at: Date;
  }>(
    `SELECT subscription_id, period_key, status, attempts, last_error, updated_at FROM report_sends
     WHERE user_id = $1 ORDER BY updated_at DESC LIMIT $2`,
    [userId, limit],
  );
}
