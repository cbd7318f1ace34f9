import type { Queryable } from '../../db.js';

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
