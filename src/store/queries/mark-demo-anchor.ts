import type { Queryable } from '../db.js';

/**
 * Records when a demo user's plan started, even when it is the plan the user was created with
 * (free): without this row a free demo user looked unseeded and every start generated its history
 * again from another anchor, with other ids (counted twice).
 */
export async function markDemoAnchor(
  q: Queryable,
  userId: string,
  since: number,
  plan: string,
): Promise<void> {
  await q.query(
    `INSERT INTO user_plan_history (user_id, valid_from, plan_name, plan_limits)
     SELECT $1, $2, name, limits FROM plans WHERE name = $3
     ON CONFLICT (user_id, valid_from) DO NOTHING`,
    [userId, new Date(since).toISOString(), plan],
  );
}
