import type { Queryable } from '../../db.js';

/** Every plan change in [from, to) across users (operator scope), with the plans' sort orders before and after. */
export async function readPlanChanges(
  q: Queryable,
  from: string,
  to: string,
): Promise<{ userId: string; at: number; fromOrder: number; toOrder: number }[]> {
  const rows = await q.query<{
    user_id: string;
    valid_from: Date;
    from_order: number;
    to_order: number;
  }>(
    `SELECT user_id, valid_from, from_order, to_order FROM (
       SELECT h.user_id, h.valid_from, p.sort_order AS to_order,
              lag(p.sort_order) OVER (PARTITION BY h.user_id ORDER BY h.valid_from) AS from_order
       FROM user_plan_history h JOIN plans p ON p.name = h.plan_name) x
     WHERE valid_from >= $1 AND valid_from < $2 AND from_order IS NOT NULL
       AND from_order <> to_order`,
    [from, to],
  );
  return rows.map((r) => ({
    userId: r.user_id,
    at: new Date(r.valid_from).getTime(),
    fromOrder: r.from_order,
    toOrder: r.to_order,
  }));
}
