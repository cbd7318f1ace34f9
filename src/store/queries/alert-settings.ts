import type { Queryable } from '../db.js';

export interface AlertSettings {
  enabled: boolean;
  thresholds: number[];
  forecast: boolean;
  /** Opt-in: a message for a day of unusually high usage. */
  anomalies: boolean;
  webhookUrl: string | null;
  webhookSecret: string | null;
}

/** Limit alerts are on for everyone until they turn them off; anomaly messages only when asked for. */
export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  enabled: true,
  thresholds: [80, 100],
  forecast: true,
  anomalies: false,
  webhookUrl: null,
  webhookSecret: null,
};

/** A user's alert settings (the defaults when never set). */
export async function readAlertSettings(q: Queryable, userId: string): Promise<AlertSettings> {
  const rows = await q.query<{
    enabled: boolean;
    thresholds: number[];
    forecast: boolean;
    anomalies: boolean;
    webhook_url: string | null;
    webhook_secret: string | null;
  }>(
    `SELECT enabled, thresholds, forecast, anomalies, webhook_url, webhook_secret
     FROM alert_settings WHERE user_id = $1`,
    [userId],
  );
  const r = rows[0];
  return r
    ? {
        enabled: r.enabled,
        thresholds: r.thresholds,
        forecast: r.forecast,
        anomalies: r.anomalies,
        webhookUrl: r.webhook_url,
        webhookSecret: r.webhook_secret,
      }
    : { ...DEFAULT_ALERT_SETTINGS };
}

/** Stores a user's alert settings. */
export async function writeAlertSettings(
  q: Queryable,
  userId: string,
  s: AlertSettings,
): Promise<void> {
  await q.query(
    `INSERT INTO alert_settings (user_id, enabled, thresholds, forecast, anomalies, webhook_url, webhook_secret)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (user_id) DO UPDATE SET enabled = EXCLUDED.enabled, thresholds = EXCLUDED.thresholds,
       forecast = EXCLUDED.forecast, anomalies = EXCLUDED.anomalies, webhook_url = EXCLUDED.webhook_url,
       webhook_secret = EXCLUDED.webhook_secret, updated_at = EXCLUDED.updated_at`,
    [userId, s.enabled, s.thresholds, s.forecast, s.anomalies, s.webhookUrl, s.webhookSecret],
  );
}
