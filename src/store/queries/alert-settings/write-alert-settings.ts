import type { Queryable } from '../../db.js';
import type { AlertSettings } from './alert-settings.js';

/** Stores a user's alert settings. */
export async function writeAlertSettings(
  q: Queryable,
  userId: string,
  s: AlertSettings,
): Promise<void> {
  await q.query(
    `INSERT INTO alert_settings (user_id, enabled, thresholds, forecast, anomalies, webhook_url, webhook_secret, locale)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (user_id) DO UPDATE SET enabled = EXCLUDED.enabled, thresholds = EXCLUDED.thresholds,
       forecast = EXCLUDED.forecast, anomalies = EXCLUDED.anomalies, webhook_url = EXCLUDED.webhook_url,
       webhook_secret = EXCLUDED.webhook_secret, locale = EXCLUDED.locale, updated_at = EXCLUDED.updated_at`,
    [
      userId,
      s.enabled,
      s.thresholds,
      s.forecast,
      s.anomalies,
      s.webhookUrl,
      s.webhookSecret,
      s.locale,
    ],
  );
}
