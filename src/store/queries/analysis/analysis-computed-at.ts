import type { Queryable } from '../../db.js';

/** When the user's stored analysis was computed, or null when there is none. */
export async function analysisComputedAt(q: Queryable, userId: string): Promise<number | null> {
  const rows = await q.query<{ at: Date }>(
    'SELECT computed_at AS at FROM analysis_cache WHERE user_id = $1',
    [userId],
  );
  return rows[0] ? rows[0].at.getTime() : null;
}
