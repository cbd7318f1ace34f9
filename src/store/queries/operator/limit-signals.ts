import type { Queryable } from '../../db.js';

export interface LimitSignal {
  userId: string;
  at: number;
  /** `threshold-N`, `forecast-7d`, or `plan.compare` (a plan comparison opened that day). */
  kind: string;
  metric: string | null;
  periodKey: string | null;
}

/** Limit alerts raised and plan comparisons opened in [from, to), across users (operator scope). */
export async function readLimitSignals(
  q: Queryable,
  from: string,
  to: string,
): Promise<LimitSignal[]> {
  const rows = await q.query<{
    user_id: string;
    at: Date;
    kind: string;
    metric: string | null;
    period_key: string | null;
  }>(
    `SELECT user_id, created_at AS at, kind, metric, period_key FROM usage_alerts
     WHERE created_at >= $1 AND created_at < $2
       AND (kind = 'forecast-7d' OR kind LIKE 'threshold-%')
     UNION ALL
     SELECT user_id, day::timestamp AT TIME ZONE 'UTC', 'plan.compare', NULL, NULL
     FROM telemetry_sessions
     WHERE day >= $1::date AND day < $2::date AND counts ? 'plan.compare'`,
    [from, to],
  );
  return rows.map((r) => ({
    userId: r.user_id,
    at: new Date(r.at).getTime(),
    kind: r.kind,
    metric: r.metric,
    periodKey: r.period_key,
  }));
}
