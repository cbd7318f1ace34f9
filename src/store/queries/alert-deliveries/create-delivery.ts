// The alert delivery ledger: one row per (alerts raised together, channel), with every attempt.
import type { Queryable } from '../../db.js';
import type { AlertKey } from '../usage-alerts/alert-key.js';

/** Records a pending delivery; false when it exists already. */
export async function createDelivery(
  q: Queryable,
  userId: string,
  d: { deliveryId: string; channel: 'email' | 'webhook'; target: string; alerts: AlertKey[] },
): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO alert_deliveries (user_id, delivery_id, channel, target, alerts, status)
     VALUES ($1, $2, $3, $4, $5, 'pending') ON CONFLICT DO NOTHING RETURNING 1`,
    [userId, d.deliveryId, d.channel, d.target, JSON.stringify(d.alerts)],
  );
  return rows.length === 1;
}
