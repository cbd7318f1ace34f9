import type { Queryable } from '../../db.js';
import type { AlertKey } from './alert-key.js';

export interface AlertRow extends AlertKey {
  value: number;
  limit: number;
  message: string;
  details: Record<string, unknown> | null;
  createdAt: Date;
  emailedAt: Date | null;
  webhookAt: Date | null;
}

type Raw = {
  metric: string;
  kind: string;
  period_key: string;
  value: number;
  limit_value: number;
  message: string;
  details: Record<string, unknown> | null;
  created_at: Date;
  emailed_at: Date | null;
  webhook_at: Date | null;
};

const COLUMNS =
  'metric, kind, period_key, value, limit_value, message, details, created_at, emailed_at, webhook_at';

const row = (r: Raw): AlertRow => ({
  metric: r.metric,
  kind: r.kind,
  periodKey: r.period_key,
  value: r.value,
  limit: r.limit_value,
  message: r.message,
  details: r.details,
  createdAt: r.created_at,
  emailedAt: r.emailed_at,
  webhookAt: r.webhook_at,
});

/** A user's alerts, newest first; only those with the given keys when keys are passed. */
export async function listAlerts(
  q: Queryable,
  userId: string,
  opts: { limit?: number; keys?: AlertKey[] } = {},
): Promise<AlertRow[]> {
  const rows = opts.keys
    ? await q.query<Raw>(
        `SELECT ${COLUMNS} FROM usage_alerts a
         WHERE user_id = $1 AND EXISTS (
           SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS k("metric" text, "kind" text, "periodKey" text)
           WHERE a.metric = k.metric AND a.kind = k.kind AND a.period_key = k."periodKey")
         ORDER BY created_at, metric, kind`,
        [userId, JSON.stringify(opts.keys)],
      )
    : await q.query<Raw>(
        `SELECT ${COLUMNS} FROM usage_alerts WHERE user_id = $1
         ORDER BY created_at DESC, metric, kind LIMIT $2`,
        [userId, opts.limit ?? 100],
      );
  return rows.map(row);
}
