import { PERF_BUCKET_GROWTH } from '../../../domain/perf-histogram.js';
import type { Queryable } from '../../db.js';

export interface MonthEngagement {
  activeUsers: number;
  viewers: number;
  exporters: number;
  subscribers: number;
  sessions: number;
  visibleMsSum: number;
  sessionVisibleMs: [number, number][];
}

/**
 * Across all users (operator scope): users with usage in [from, to), how many of them had a
 * dashboard session, exported, or held a confirmed live subscription at its end, and the
 * sessions' visible time (sum and 5% histogram). Reads aggregates only, no raw telemetry.
 */
export async function readMonthEngagement(
  q: Queryable,
  from: string,
  to: string,
): Promise<MonthEngagement> {
  const [r] = await q.query<{
    active_users: number;
    viewers: number;
    exporters: number;
    subscribers: number;
    sessions: number;
    visible_sum: number;
    hist: [number, number][];
  }>(
    `WITH active AS (
       SELECT DISTINCT user_id FROM usage_history
       WHERE period_type = 'daily' AND period_start >= $1 AND period_start < $2 AND event_count > 0),
     sess AS (
       SELECT user_id, visible_ms, counts FROM telemetry_sessions
       WHERE day >= $1::date AND day < $2::date),
     seen AS (
       SELECT s.user_id, bool_or(coalesce((s.counts->>'export')::int, 0) > 0) AS exported
       FROM sess s JOIN active a ON a.user_id = s.user_id GROUP BY s.user_id)
     SELECT
       (SELECT count(*)::int FROM active) AS active_users,
       (SELECT count(*)::int FROM seen) AS viewers,
       (SELECT count(*)::int FROM seen WHERE exported) AS exporters,
       (SELECT count(DISTINCT r.user_id)::int FROM report_subscriptions r
          JOIN active a ON a.user_id = r.user_id
        WHERE r.created_at < $2 AND (r.ended_at IS NULL OR r.ended_at >= $2)
          AND r.confirmed_at IS NOT NULL) AS subscribers,
       (SELECT count(*)::int FROM sess) AS sessions,
       (SELECT coalesce(sum(visible_ms), 0)::float8 FROM sess) AS visible_sum,
       (SELECT coalesce(json_agg(json_build_array(b, n)), '[]'::json) FROM (
          SELECT floor(ln(greatest(visible_ms, 1)) / ln($3::float8))::int AS b, count(*)::int AS n
          FROM sess GROUP BY 1) h) AS hist`,
    [from, to, PERF_BUCKET_GROWTH],
  );
  return {
    activeUsers: r?.active_users ?? 0,
    viewers: r?.viewers ?? 0,
    exporters: r?.exporters ?? 0,
    subscribers: r?.subscribers ?? 0,
    sessions: r?.sessions ?? 0,
    visibleMsSum: r?.visible_sum ?? 0,
    sessionVisibleMs: r?.hist ?? [],
  };
}
