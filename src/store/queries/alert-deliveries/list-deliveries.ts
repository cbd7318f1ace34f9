// The alert delivery ledger: one row per (alerts raised together, channel), with every attempt.
import type { Queryable } from '../../db.js';
import { type DeliveryRow, type Raw, COLUMNS, row } from './delivery-status.js';

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
