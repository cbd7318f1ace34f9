import type { Queryable } from '../db.js';

/** For a seeded demo user: when its plan started (the demo's anchor) and its latest event, or null. */
export async function demoState(
  q: Queryable,
  userId: string,
): Promise<{ planSince: Date; lastEvent: Date | null } | null> {
  const rows = await q.query<{ since: Date | null; last: Date | null }>(
    `SELECT (SELECT min(valid_from) FROM user_plan_history WHERE user_id = $1 AND valid_from > '-infinity') AS since,
            (SELECT max(occurred_at) FROM usage_events WHERE user_id = $1) AS last`,
    [userId],
  );
  const r = rows[0];
  return r?.since ? { planSince: r.since, lastEvent: r.last } : null;
}
