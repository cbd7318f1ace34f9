import type { Plan } from '../../../domain/plans.js';
import type { Queryable } from '../../db.js';
import { toPlan, type PlanRow } from '../../plans-catalog.js';
import { PLAN_AT_SQL } from './plan_at_sql.js';

/** The plan that applied to a user at an instant (from the plan history), with its catalogue entry. */
export async function planAt(q: Queryable, userId: string, at: number): Promise<Plan | null> {
  const rows = await q.query<PlanRow>(PLAN_AT_SQL('$2'), [userId, new Date(at).toISOString()]);
  return rows[0] ? toPlan(rows[0]) : null;
}
