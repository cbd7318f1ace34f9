import type { Plan } from '../../domain/plans.js';
import type { Queryable } from '../db.js';
import { toPlan, type PlanRow } from '../plans-catalog.js';
import { STORAGE_BEFORE_SQL } from './last-gauge.js';

// The limits are those recorded with the plan change, not today's catalogue values.
const PLAN_AT_SQL = (at: string) =>
  `SELECT p.name, p.display_name, p.price_usd, h.plan_limits AS limits, p.overage, p.sort_order
     FROM (SELECT plan_name, plan_limits FROM user_plan_history
           WHERE user_id = $1 AND valid_from <= ${at} ORDER BY valid_from DESC LIMIT 1) h
     JOIN plans p ON p.name = h.plan_name`;

/** The plan that applied to a user at an instant (from the plan history), with its catalogue entry. */
export async function planAt(q: Queryable, userId: string, at: number): Promise<Plan | null> {
  const rows = await q.query<PlanRow>(PLAN_AT_SQL('$2'), [userId, new Date(at).toISOString()]);
  return rows[0] ? toPlan(rows[0]) : null;
}

/** In one round trip: planAt(at) and lastStorageBefore(before). */
export async function planAndStorageBefore(
  q: Queryable,
  userId: string,
  at: number,
  before: number,
): Promise<{ plan: Plan | null; storageBefore: number | null }> {
  const rows = await q.query<PlanRow & { storage_before: number | null }>(
    `SELECT pl.*, (${STORAGE_BEFORE_SQL('$3')}) AS storage_before
     FROM (SELECT 1) AS one LEFT JOIN LATERAL (${PLAN_AT_SQL('$2')}) pl ON true`,
    [userId, new Date(at).toISOString(), new Date(before).toISOString()],
  );
  const r = rows[0];
  return { plan: r?.name ? toPlan(r) : null, storageBefore: r?.storage_before ?? null };
}
