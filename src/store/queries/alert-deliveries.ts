// The alert delivery ledger: one row per (alerts raised together, channel), with every attempt.
import type { Queryable } from '../db.js';
import type { AlertKey } from './usage-alerts.js';

export type DeliveryStatus = 'pending' | 'sending' | 'retry' | 'sent' | 'failed' | 'unknown';

export interface DeliveryRow {
  deliveryId: string;
  channel: 'email' | 'webhook';
  target: string;
  alerts: AlertKey[];
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

type Raw = {
  delivery_id: string;
  channel: 'email' | 'webhook';
  target: string;
  alerts: AlertKey[];
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
};

const row = (r: Raw): DeliveryRow => ({
  deliveryId: r.delivery_id,
  channel: r.channel,
  target: r.target,
  alerts: r.alerts,
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: r.created_at,
  deliveredAt: r.delivered_at,
});

const COLUMNS =
  'delivery_id, channel, target, alerts, status, attempts, last_error, created_at, delivered_at';

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

export interface AttemptRow {
  deliveryId: string;
  attempt: number;
  at: Date;
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
}

/** A user's latest deliveries, newest first, each with its attempts in order. */
export async function listDeliveries(
  q: Queryable,
  userId: string,
  limit = 50,
): Promise<(DeliveryRow & { attemptLog: AttemptRow[] })[]> {
  const rows = (
    await q.query<Raw>(
      `SELECT ${COLUMNS} FROM alert_deliveries WHERE user_id = $1
       ORDER BY created_at DESC, delivery_id LIMIT $2`,
      [userId, limit],
    )
  ).map(row);
  if (rows.length === 0) return [];
  const attempts = await q.query<{
    delivery_id: string;
    attempt: number;
    at: Date;
    ok: boolean;
    http_status: number | null;
    error: string | null;
    duration_ms: number;
  }>(
    `SELECT delivery_id, attempt, at, ok, http_status, error, duration_ms FROM alert_delivery_attempts
     WHERE user_id = $1 AND delivery_id = ANY($2::text[]) ORDER BY delivery_id, attempt`,
    [userId, rows.map((r) => r.deliveryId)],
  );
  return rows.map((r) => ({
    ...r,
    attemptLog: attempts
      .filter((a) => a.delivery_id === r.deliveryId)
      .map((a) => ({
        deliveryId: a.delivery_id,
        attempt: a.attempt,
        at: a.at,
        ok: a.ok,
        httpStatus: a.http_status,
        error: a.error,
        durationMs: a.duration_ms,
      })),
  }));
}
