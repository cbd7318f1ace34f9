import type { Queryable } from '../../db.js';
import type { AlertKey } from './alert-key.js';

/**
 * Records an alert unless it was raised before for this metric, kind and period; true when new.
 * `at` dates an alert of the past (a demo's history); without it the alert is raised now.
 */
export async function raiseAlert(
  q: Queryable,
  userId: string,
  a: AlertKey & { value: number; limit: number; message: string; details?: object; at?: number },
): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO usage_alerts
       (user_id, metric, kind, period_key, value, limit_value, message, details, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, COALESCE($9::timestamptz, now()))
     ON CONFLICT (user_id, metric, kind, period_key) DO NOTHING RETURNING 1`,
    [
      userId,
      a.metric,
      a.kind,
      a.periodKey,
      a.value,
      a.limit,
      a.message,
      a.details ? JSON.stringify(a.details) : null,
      a.at === undefined ? null : new Date(a.at).toISOString(),
    ],
  );
  return rows.length === 1;
}
