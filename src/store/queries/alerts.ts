import type { Queryable } from '../db.js';

export interface AlertSettings {
  enabled: boolean;
  thresholds: number[];
  forecast: boolean;
  webhookUrl: string | null;
  webhookSecret: string | null;
}

export interface AlertRow {
  metric: string;
  kind: string;
  periodKey: string;
  value: number;
  limit: number;
  message: string;
  createdAt: Date;
  emailedAt: Date | null;
  webhookAt: Date | null;
}

const DEFAULTS: AlertSettings = {
  enabled: true,
  thresholds: [80, 100],
  forecast: true,
  webhookUrl: null,
  webhookSecret: null,
};

/** A user's alert settings (the defaults when never set). */
export async function readAlertSettings(q: Queryable, userId: string): Promise<AlertSettings> {
  const rows = await q.query<{
    enabled: boolean;
    thresholds: number[];
    forecast: boolean;
    webhook_url: string | null;
    webhook_secret: string | null;
  }>(
    'SELECT enabled, thresholds, forecast, webhook_url, webhook_secret FROM alert_settings WHERE user_id = $1',
    [userId],
  );
  const r = rows[0];
  return r
    ? {
        enabled: r.enabled,
        thresholds: r.thresholds,
        forecast: r.forecast,
        webhookUrl: r.webhook_url,
        webhookSecret: r.webhook_secret,
      }
    : { ...DEFAULTS };
}

/** Stores a user's alert settings. */
export async function writeAlertSettings(
  q: Queryable,
  userId: string,
  s: AlertSettings,
): Promise<void> {
  await q.query(
    `INSERT INTO alert_settings (user_id, enabled, thresholds, forecast, webhook_url, webhook_secret) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (user_id) DO UPDATE SET enabled = EXCLUDED.enabled, thresholds = EXCLUDED.thresholds, forecast = EXCLUDED.forecast,
       webhook_url = EXCLUDED.webhook_url, webhook_secret = EXCLUDED.webhook_secret, updated_at = now()`,
    [userId, s.enabled, s.thresholds, s.forecast, s.webhookUrl, s.webhookSecret],
  );
}

/** Records an alert unless it was raised before for this metric, kind and period; true when new. */
export async function raiseAlert(
  q: Queryable,
  userId: string,
  a: Omit<AlertRow, 'createdAt' | 'emailedAt' | 'webhookAt'>,
): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO usage_alerts (user_id, metric, kind, period_key, value, limit_value, message) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (user_id, metric, kind, period_key) DO NOTHING RETURNING 1`,
    [userId, a.metric, a.kind, a.periodKey, a.value, a.limit, a.message],
  );
  return rows.length === 1;
}

/** Notes that an alert went out by email or webhook. */
export async function markAlertDelivered(
  q: Queryable,
  userId: string,
  a: { metric: string; kind: string; periodKey: string },
  via: 'email' | 'webhook',
) {
  await q.query(
    `UPDATE usage_alerts SET ${via === 'email' ? 'emailed_at' : 'webhook_at'} = now()
     WHERE user_id = $1 AND metric = $2 AND kind = $3 AND period_key = $4`,
    [userId, a.metric, a.kind, a.periodKey],
  );
}

/** A user's alerts, newest first. */
export async function listAlerts(q: Queryable, userId: string, limit = 50): Promise<AlertRow[]> {
  const rows = await q.query<{
    metric: string;
    kind: string;
    period_key: string;
    value: number;
    limit_value: number;
    message: string;
    created_at: Date;
    emailed_at: Date | null;
    webhook_at: Date | null;
  }>(
    `SELECT metric, kind, period_key, value, limit_value, message, created_at, emailed_at, webhook_at FROM usage_alerts
     WHERE user_id = $1 ORDER BY created_at DESC LIMIT $2`,
    [userId, limit],
  );
  return rows.map((r) => ({
    metric: r.metric,
    kind: r.kind,
    periodKey: r.period_key,
    value: r.value,
    limit: r.limit_value,
    message: r.message,
    createdAt: r.created_at,
    emailedAt: r.emailed_at,
    webhookAt: r.webhook_at,
  }));
}

/** Users who should be checked for alerts: subscribed to reports or with alert settings. */
export async function alertCandidates(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ user_id: string }>(
    `SELECT user_id FROM report_subscriptions WHERE ended_at IS NULL
     UNION SELECT user_id FROM alert_settings WHERE enabled ORDER BY 1`,
  );
  return rows.map((r) => r.user_id);
}
