import type { Queryable } from '../../db.js';

/** Users with stale rollups. */
export async function usersWithDirtyDays(q: Queryable, limit = 1000): Promise<string[]> {
  const rows = await q.query<{ user_id: string }>(
    'SELECT DISTINCT user_id FROM rollup_dirty ORDER BY user_id LIMIT $1',
    [limit],
  );
  return rows.map((r) => r.user_id);
}
