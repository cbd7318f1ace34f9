import type { Queryable } from '../../db.js';

/** True when the shared table holds the user's analysis for this data version. */
export async function hasAnalysis(q: Queryable, userId: string, version: string): Promise<boolean> {
  const rows = await q.query<{ one: number }>(
    'SELECT 1 AS one FROM analysis_cache WHERE user_id = $1 AND data_version = $2',
    [userId, version],
  );
  return rows.length > 0;
}
