import type { Queryable } from '../../db.js';

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
