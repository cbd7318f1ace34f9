import type { Queryable } from '../../db.js';

/** Records that a key whose secret was checked has been used. */
export async function touchApiKey(q: Queryable, userId: string, keyId: string): Promise<void> {
  await q.query(`UPDATE api_keys SET last_used_at = now() WHERE user_id = $1 AND key_id = $2`, [
    userId,
    keyId,
  ]);
}
