import type { Queryable } from '../../db.js';

/** A user's plan changes, oldest first (the first may start at -infinity). */
export async function planHistory(
  q: Queryable,
  userId: string,
): Promise<{ validFrom: number; plan: string }[]> {
  const rows = await q.query<{ valid_from: string; plan_name: string }>(
    `SELECT CASE WHEN valid_from = '-infinity' THEN '-infinity' ELSE to_char(valid_from AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END AS valid_from, plan_name
     FROM user_plan_history WHERE user_id = $1 ORDER BY valid_from`,
    [userId],
  );
  return rows.map((r) => ({
    validFrom: r.valid_from === '-infinity' ? -Infinity : Date.parse(r.valid_from),
    plan: r.plan_name,
  }));
}
