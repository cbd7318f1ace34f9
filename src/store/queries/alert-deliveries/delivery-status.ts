// The alert delivery ledger: one row per (alerts raised together, channel), with every attempt.
import type { AlertKey } from '../usage-alerts/alert-key.js';

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

export type Raw = {
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

export const row = (r: Raw): DeliveryRow => ({
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

export const COLUMNS =
  'delivery_id, channel, target, alerts, status, attempts, last_error, created_at, delivered_at';
