import type { Queryable } from '../../db.js';

/** How many users still have stale rollups. */
export async function countDirtyUsers(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: number }>(
    'SELECT count(DISTINCT user_id)::int AS n FROM rollup_dirty',
  );
  return rows[0]?.n ?? 0;
}
