// The alert delivery ledger: one row per (alerts raised together, channel), with every attempt.
import type { Queryable } from '../../db.js';
import type { DeliveryStatus } from './delivery-status.js';

/** Records how an attempt ended and the delivery's new state. */
export async function finishDelivery(
  q: Queryable,
  userId: string,
  deliveryId: string,
  status: Exclude<DeliveryStatus, 'pending' | 'sending'>,
  attempt: { n: number; httpStatus: number | null; error: string | null; durationMs: number },
): Promise<void> {
  await q.query(
    // now() chosen outside SQL's CASE: Citus allows only immutable functions inside one.
    `UPDATE alert_deliveries SET status = $3, last_error = $4, updated_at = now(),
       delivered_at = ${status === 'sent' ? 'now()' : 'NULL'}
     WHERE user_id = $1 AND delivery_id = $2`,
    [userId, deliveryId, status, attempt.error],
  );
  await q.query(
    `INSERT INTO alert_delivery_attempts (user_id, delivery_id, attempt, ok, http_status, error, duration_ms)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
    [
      userId,
      deliveryId,
      attempt.n,
      status === 'sent',
      attempt.httpStatus,
      attempt.error,
      attempt.durationMs,
    ],
  );
}
