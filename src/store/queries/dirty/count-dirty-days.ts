import type { Queryable } from '../../db.js';

/** How many (user, UTC hour) markers wait for a rollup. */
export async function countDirtyDays(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM rollup_dirty');
  return rows[0]?.n ?? 0;
}
