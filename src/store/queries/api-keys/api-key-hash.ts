import type { Queryable } from '../../db.js';

/** The stored hash of a live key; null when unknown or revoked. Reads only: a wrong secret writes nothing. */
export async function apiKeyHash(
  q: Queryable,
  userId: string,
  keyId: string,
): Promise<string | null> {
  const rows = await q.query<{ secret_sha256: string }>(
    `SELECT secret_sha256 FROM api_keys WHERE user_id = $1 AND key_id = $2 AND revoked_at IS NULL`,
    [userId, keyId],
  );
  return rows[0]?.secret_sha256 ?? null;
}
