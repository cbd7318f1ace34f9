import type { Queryable } from '../db.js';

export interface ApiKeyRow {
  keyId: string;
  name: string;
  scope: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

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

/** How many live (unrevoked) keys the user has. */
export async function countLiveApiKeys(q: Queryable, userId: string): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM api_keys WHERE user_id = $1 AND revoked_at IS NULL`,
    [userId],
  );
  return rows[0]!.n;
}

/** The user's live keys, newest first, without secrets. */
export async function listApiKeyRows(q: Queryable, userId: string): Promise<ApiKeyRow[]> {
  const rows = await q.query<{
    key_id: string;
    name: string;
    scope: string;
    created_at: Date;
    last_used_at: Date | null;
  }>(
    `SELECT key_id, name, scope, created_at, last_used_at FROM api_keys
     WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC, key_id`,
    [userId],
  );
  return rows.map((r) => ({
    keyId: r.key_id,
    name: r.name,
    scope: r.scope,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  }));
}

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

/** Records that a key whose secret was checked has been used. */
export async function touchApiKey(q: Queryable, userId: string, keyId: string): Promise<void> {
  await q.query(`UPDATE api_keys SET last_used_at = now() WHERE user_id = $1 AND key_id = $2`, [
    userId,
    keyId,
  ]);
}
