import type { Queryable } from '../db.js';

/** Creates the users that do not exist yet (plan free, zone UTC), with their first plan-history row. */
export async function ensureUsers(tx: Queryable, userIds: string[]): Promise<void> {
  const ids = [...new Set(userIds)].sort();
  await tx.query(
    `WITH created AS (
       INSERT INTO users (user_id) SELECT unnest($1::text[])
       ON CONFLICT (user_id) DO NOTHING RETURNING user_id, plan_name
     )
     INSERT INTO user_plan_history (user_id, valid_from, plan_name, plan_limits)
     SELECT c.user_id, '-infinity', c.plan_name, p.limits FROM created c JOIN plans p ON p.name = c.plan_name`,
    [ids],
  );
}
