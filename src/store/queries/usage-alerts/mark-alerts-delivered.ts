import type { Queryable } from '../../db.js';
import type { AlertKey } from './alert-key.js';

/** Notes that alerts went out by email or webhook. */
export async function markAlertsDelivered(
  q: Queryable,
  userId: string,
  keys: AlertKey[],
  via: 'email' | 'webhook',
): Promise<void> {
  await q.query(
    `UPDATE usage_alerts SET ${via === 'email' ? 'emailed_at' : 'webhook_at'} = now()
     FROM jsonb_to_recordset($2::jsonb) AS k("metric" text, "kind" text, "periodKey" text)
     WHERE user_id = $1 AND usage_alerts.metric = k.metric AND usage_alerts.kind = k.kind
       AND usage_alerts.period_key = k."periodKey"`,
    [userId, JSON.stringify(keys)],
  );
}
