import type { Queryable } from '../db.js';

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

/** Stores a user's analysis for a data version, replacing the previous one. */
export async function writeAnalysis(
  q: Queryable,
  userId: string,
  version: string,
  payload: unknown,
): Promise<void> {
  await q.query(
    `INSERT INTO analysis_cache (user_id, data_version, payload) VALUES ($1, $2, $3)
     ON CONFLICT (user_id) DO UPDATE SET data_version = EXCLUDED.data_version, payload = EXCLUDED.payload, computed_at = EXCLUDED.computed_at`,
    [userId, version, JSON.stringify(payload)],
  );
}

/** True when the shared table holds the user's analysis for this data version. */
export async function hasAnalysis(q: Queryable, userId: string, version: string): Promise<boolean> {
  const rows = await q.query<{ one: number }>(
    'SELECT 1 AS one FROM analysis_cache WHERE user_id = $1 AND data_version = $2',
    [userId, version],
  );
  return rows.length > 0;
}
