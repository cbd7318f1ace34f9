// The alert delivery ledger: one row per (alerts raised together, channel), with every attempt.
import type { Queryable } from '../../db.js';
import {
  type DeliveryStatus,
  type DeliveryRow,
  type Raw,
  COLUMNS,
  row,
} from './delivery-status.js';

/**
 * Starts an attempt: the row moves to "sending" with one more attempt, and is returned. Only rows
 * in one of the given states are claimed, so an email left "sending" by a crash is never resent.
 */
export async function claimDelivery(
  q: Queryable,
  userId: string,
  deliveryId: string,
  from: DeliveryStatus[],
): Promise<DeliveryRow | null> {
  const rows = await q.query<Raw>(
    `UPDATE alert_deliveries SET status = 'sending', attempts = attempts + 1, updated_at = now()
     WHERE user_id = $1 AND delivery_id = $2 AND status = ANY($3::text[]) RETURNING ${COLUMNS}`,
    [userId, deliveryId, from],
  );
  return rows[0] ? row(rows[0]) : null;
}
