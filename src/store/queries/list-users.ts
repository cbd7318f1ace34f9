import type { Queryable } from '../db.js';

export interface UserSummary {
  id: string;
  email: string | null;
  timeZone: string;
  plan: string;
  /** The plan's display name ("Pro"); its id when the catalogue no longer lists it. */
  planName: string;
  events: number;
  lastEventAt: string | null;
}

/** Every user with its event count and last event, ordered by id. */
export async function listUserSummaries(q: Queryable): Promise<UserSummary[]> {
  const rows = await q.query<{
    user_id: string;
    email: string | null;
    time_zone: string;
    plan_name: string;
    plan_display: string | null;
    events: number;
    last: Date | null;
  }>(
    `SELECT u.user_id, u.email, u.time_zone, u.plan_name,
       (SELECT display_name FROM plans p WHERE p.name = u.plan_name) AS plan_display,
       coalesce((SELECT sum(event_count) FROM usage_history h WHERE h.user_id = u.user_id AND h.period_type = 'monthly'), 0)::bigint AS events,
       (SELECT max(occurred_at) FROM usage_events e WHERE e.user_id = u.user_id) AS last
     FROM users u ORDER BY u.user_id`,
  );
  return rows.map((r) => ({
    id: r.user_id,
    email: r.email,
    timeZone: r.time_zone,
    plan: r.plan_name,
    planName: r.plan_display ?? r.plan_name,
    events: r.events,
    lastEventAt: r.last ? r.last.toISOString() : null,
  }));
}
