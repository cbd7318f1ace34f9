import type { Queryable } from '../../db.js';

const METRIC_COLUMNS: Record<string, string> = {
  sessions: 'sessions_created',
  audio_minutes: 'audio_minutes_processed',
  transcriptions: 'transcriptions_completed',
  exports: 'exports_generated',
  storage_mb: 'storage_used_mb',
  api_calls: 'api_calls_made',
};

/**
 * Recomputes the cohorts of a month (YYYY-MM, each user's own local month): per plan in force
 * at the month's end and per metric, the count and percentiles of the totals of the users that
 * were active that month (a metric they did not use counts as 0).
 */
export async function computePeerCohorts(q: Queryable, month: string): Promise<number> {
  const values = Object.entries(METRIC_COLUMNS)
    .map(([m, col]) => `('${m}', coalesce(h.${col}, 0)::float8)`)
    .join(', ');
  const rows = await q.query<{ n: number }>(
    `WITH member AS (
       SELECT u.user_id, u.time_zone,
         (SELECT ph.plan_name FROM user_plan_history ph WHERE ph.user_id = u.user_id
            AND ph.valid_from < (($1 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE u.time_zone
          ORDER BY ph.valid_from DESC LIMIT 1) AS plan_name
       FROM users u
     ),
     totals AS (
       SELECT m.plan_name, v.metric, v.value
       FROM member m
       JOIN usage_history h ON h.user_id = m.user_id AND h.period_type = 'monthly'
         AND h.period_start = ($1 || '-01')::timestamp AT TIME ZONE m.time_zone
       CROSS JOIN LATERAL (VALUES ${values}) AS v(metric, value)
       WHERE m.plan_name IS NOT NULL
     ),
     del AS (DELETE FROM peer_cohorts WHERE month = $1),
     ins AS (
       INSERT INTO peer_cohorts (plan_name, month, metric, n, p25, p50, p75, p90)
       SELECT plan_name, $1, metric, count(*),
         percentile_cont(0.25) WITHIN GROUP (ORDER BY value), percentile_cont(0.5) WITHIN GROUP (ORDER BY value),
         percentile_cont(0.75) WITHIN GROUP (ORDER BY value), percentile_cont(0.9) WITHIN GROUP (ORDER BY value)
       FROM totals GROUP BY plan_name, metric
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM ins`,
    [month],
  );
  return rows[0]?.n ?? 0;
}
