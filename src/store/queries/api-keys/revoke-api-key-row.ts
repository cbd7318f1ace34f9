import type { Queryable } from '../../db.js';

/** Revokes one of the user's live keys; false when the user has no such key. */
export async function revokeApiKeyRow(
  q: Queryable,
  userId: string,
  keyId: string,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE api_keys SET revoked_at = now() WHERE user_id = $1 AND key_id = $2 AND revoked_at IS NULL RETURNING 1`,
    [userId, keyId],
  );
  return rows.length === 1;
}
