import type { Queryable } from '../../db.js';

/** Marks a live subscription confirmed, if it still goes to that address; false otherwise. */
export async function confirmSubscriptionRow(
  q: Queryable,
  userId: string,
  id: string,
  email: string,
  at: number,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE report_subscriptions SET confirmed_at = coalesce(confirmed_at, $4)
     WHERE user_id = $1 AND subscription_id = $2 AND email = $3 AND ended_at IS NULL
     RETURNING 1`,
    [userId, id, email, new Date(at).toISOString()],
  );
  return rows.length === 1;
}
