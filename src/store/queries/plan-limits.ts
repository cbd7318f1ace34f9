import type { Plan } from '../../domain/plans.js';
import type { Queryable } from '../db.js';
import { listPlans } from '../plans-catalog.js';

/** The plan that applied to a user at an instant (from the plan history), with its catalogue entry. */
export async function planAt(q: Queryable, userId: string, at: number): Promise<Plan | null> {
  const rows = await q.query<{ plan_name: string; plan_limits: Plan['limits'] }>(
    `SELECT plan_name, plan_limits FROM user_plan_history
     WHERE user_id = $1 AND valid_from <= $2 ORDER BY valid_from DESC LIMIT 1`,
    [userId, new Date(at).toISOString()],
  );
  const r = rows[0];
  if (!r) return null;
  const plan = (await listPlans(q)).find((p) => p.name === r.plan_name);
  return plan ? { ...plan, limits: r.plan_limits } : null;
}
