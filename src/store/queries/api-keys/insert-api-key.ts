import type { Queryable } from '../../db.js';

/** Stores a new key's hash. */
export async function insertApiKey(
  q: Queryable,
  userId: string,
  keyId: string,
  name: string,
  sha256: string,
): Promise<void> {
  await q.query(
    `INSERT INTO api_keys (user_id, key_id, name, secret_sha256) VALUES ($1, $2, $3, $4)`,
    [userId, keyId, name, sha256],
  );
}
