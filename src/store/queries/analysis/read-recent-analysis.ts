import type { Queryable } from '../../db.js';

/** A user's stored analysis if it was computed after the given instant, whatever its data version. */
export async function readRecentAnalysis(
  q: Queryable,
  userId: string,
  since: number,
): Promise<unknown | null> {
  const rows = await q.query<{ payload: unknown }>(
    'SELECT payload FROM analysis_cache WHERE user_id = $1 AND computed_at >= $2::timestamptz',
    [userId, new Date(since).toISOString()],
  );
  return rows[0]?.payload ?? null;
}
