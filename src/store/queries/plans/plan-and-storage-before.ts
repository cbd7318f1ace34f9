import type { Plan } from '../../../domain/plans.js';
import type { Queryable } from '../../db.js';
import { toPlan, type PlanRow } from '../../plans-catalog.js';
import { STORAGE_BEFORE_SQL } from '../last-gauge.js';
import { PLAN_AT_SQL } from './plan_at_sql.js';

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
