import type { Queryable } from '../../db.js';

/** Recomputes events and distinct users per UTC day, name and section for the days from `since` (a day's start). */
export async function rollupTelemetryDaily(q: Queryable, since: number): Promise<void> {
  await q.query(
    `INSERT INTO telemetry_daily (day, name, section, events, users)
     SELECT (occurred_at AT TIME ZONE 'UTC')::date, name, coalesce(section, ''),
            count(*)::int, count(DISTINCT user_id)::int
     FROM telemetry_events WHERE occurred_at >= $1
     GROUP BY 1, 2, 3
     ON CONFLICT (day, name, section) DO UPDATE SET events = EXCLUDED.events, users = EXCLUDED.users`,
    [new Date(since).toISOString()],
  );
}
