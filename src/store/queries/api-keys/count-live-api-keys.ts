import type { Queryable } from '../../db.js';

/** How many live (unrevoked) keys the user has. */
export async function countLiveApiKeys(q: Queryable, userId: string): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM api_keys WHERE user_id = $1 AND revoked_at IS NULL`,
    [userId],
  );
  return rows[0]!.n;
}
