import type { Queryable } from '../../db.js';

/** The cached analysis of a user if it was computed for this data version. */
export async function readAnalysis(
  q: Queryable,
  userId: string,
  version: string,
): Promise<unknown | null> {
  const rows = await q.query<{ payload: unknown }>(
    'SELECT payload FROM analysis_cache WHERE user_id = $1 AND data_version = $2',
    [userId, version],
  );
  return rows[0]?.payload ?? null;
}
