import type { Queryable } from '../db.js';

/** When a user's recorded usage begins (start of the first daily rollup), or null without any. */
export async function firstUsageAt(q: Queryable, userId: string): Promise<number | null> {
  const rows = await q.query<{ t: Date | string | null }>(
    `SELECT min(period_start) AS t FROM usage_history WHERE user_id = $1 AND period_type = 'daily'`,
    [userId],
  );
  const t = rows[0]?.t;
  return t ? new Date(t).getTime() : null;
}
