import type { Queryable } from '../../db.js';

/** Counts a permanent failure (disabling at the limit) or, with ok, clears the count. */
export async function recordDelivery(
  q: Queryable,
  userId: string,
  id: string,
  ok: boolean,
  error: string | null,
  limit: number,
) {
  await q.query(
    `UPDATE report_subscriptions SET
       failures = CASE WHEN $3 THEN 0 ELSE failures + 1 END,
       disabled_reason = CASE WHEN NOT $3 AND failures + 1 >= $5 THEN 'stopped after ' || (failures + 1) || ' failed deliveries: ' || $4 ELSE disabled_reason END
     WHERE user_id = $1 AND subscription_id = $2`,
    [userId, id, ok, error ?? '', limit],
  );
}
