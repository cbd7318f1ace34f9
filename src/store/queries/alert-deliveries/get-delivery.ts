// The alert delivery ledger: one row per (alerts raised together, channel), with every attempt.
import type { Queryable } from '../../db.js';
import { type DeliveryRow, type Raw, COLUMNS, row } from './delivery-status.js';

/** One delivery, or null. */
export async function getDelivery(
  q: Queryable,
  userId: string,
  deliveryId: string,
): Promise<DeliveryRow | null> {
  const rows = await q.query<Raw>(
    `SELECT ${COLUMNS} FROM alert_deliveries WHERE user_id = $1 AND delivery_id = $2`,
    [userId, deliveryId],
  );
  return rows[0] ? row(rows[0]) : null;
}
