import type { Queryable } from '../../db.js';
import type { AlertSettings } from './alert-settings.js';

/** Limit alerts are on for everyone until they turn them off; anomaly messages only when asked for. */
export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  enabled: true,
  thresholds: [80, 100],
  forecast: true,
  anomalies: false,
  webhookUrl: null,
  webhookSecret: null,
  locale: null,
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
    locale: string | null;
  }>(
    `SELECT enabled, thresholds, forecast, anomalies, webhook_url, webhook_secret, locale
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
        locale: r.locale,
      }
    : { ...DEFAULT_ALERT_SETTINGS };
}
