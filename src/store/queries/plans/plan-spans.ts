import type { Plan } from '../../../domain/plans.js';
import type { Queryable } from '../../db.js';
import { toPlan, type PlanRow } from '../../plans-catalog.js';

/** A user's plan history, oldest first, each change with its catalogue entry and the limits recorded with it. */
export async function planSpans(
  q: Queryable,
  userId: string,
): Promise<{ validFrom: number; plan: Plan }[]> {
  const rows = await q.query<PlanRow & { valid_from: string }>(
    `SELECT CASE WHEN h.valid_from = '-infinity' THEN '-infinity'
              ELSE to_char(h.valid_from AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END AS valid_from,
            p.name, p.display_name, p.price_usd, h.plan_limits AS limits, p.overage, p.sort_order, p.currency
     FROM user_plan_history h JOIN plans p ON p.name = h.plan_name
     WHERE h.user_id = $1 ORDER BY h.valid_from`,
    [userId],
  );
  return rows.map((r) => ({
    validFrom: r.valid_from === '-infinity' ? -Infinity : Date.parse(r.valid_from),
    plan: toPlan(r),
  }));
}
