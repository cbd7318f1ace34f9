import type { Queryable } from '../../db.js';

/**
 * Recomputes every session with an event since the instant from all of its raw events: its UTC
 * day (of its first event), visible time, page views and events per name. Returns the sessions.
 */
export async function rollupTelemetrySessions(q: Queryable, since: number): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `WITH touched AS (
       SELECT DISTINCT user_id, session_id FROM telemetry_events WHERE occurred_at >= $1),
     per_name AS (
       SELECT e.user_id, e.session_id, e.name, count(*)::int AS n, sum(e.value) AS v,
              min(e.occurred_at) AS first
       FROM telemetry_events e JOIN touched t
         ON t.user_id = e.user_id AND t.session_id = e.session_id
       GROUP BY e.user_id, e.session_id, e.name),
     up AS (
       INSERT INTO telemetry_sessions (user_id, session_id, day, visible_ms, views, counts)
       SELECT user_id, session_id, (min(first) AT TIME ZONE 'UTC')::date,
              coalesce(sum(v) FILTER (WHERE name = 'page.visible'), 0)::bigint,
              coalesce(sum(n) FILTER (WHERE name = 'page.view'), 0)::int,
              coalesce(jsonb_object_agg(name, n)
                FILTER (WHERE name NOT LIKE 'perf.%' AND name <> 'page.visible'), '{}')
       FROM per_name GROUP BY user_id, session_id
       ON CONFLICT (user_id, session_id) DO UPDATE SET day = EXCLUDED.day,
         visible_ms = EXCLUDED.visible_ms, views = EXCLUDED.views, counts = EXCLUDED.counts
       RETURNING 1)
     SELECT count(*)::int AS n FROM up`,
    [new Date(since).toISOString()],
  );
  return rows[0]?.n ?? 0;
}
