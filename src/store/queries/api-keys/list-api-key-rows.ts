import type { Queryable } from '../../db.js';

export interface ApiKeyRow {
  keyId: string;
  name: string;
  scope: string;
  createdAt: Date;
  lastUsedAt: Date | null;
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
