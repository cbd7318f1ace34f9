import type { Plan } from '../../domain/plans.js';
import type { Queryable } from '../db.js';
import { toPlan, type PlanRow } from '../plans-catalog.js';

/** The plan that applied to a user at an instant (from the plan history), with its catalogue entry. */
export async function planAt(q: Queryable, userId: string, at: number): Promise<Plan | null> {
  const rows = await q.query<PlanRow>(
    // The limits are those recorded with the plan change, not today's catalogue values.
    `SELECT p.name, p.display_name, p.price_usd, h.plan_limits AS limits, p.overage, p.sort_order
     FROM (SELECT plan_name, plan_limits FROM user_plan_history
           WHERE user_id = $1 AND valid_from <= $2 ORDER BY valid_from DESC LIMIT 1) h
     JOIN plans p ON p.name = h.plan_name`,
    [userId, new Date(at).toISOString()],
  );
  return rows[0] ? toPlan(rows[0]) : null;
}
