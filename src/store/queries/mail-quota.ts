import type { Queryable } from '../db.js';

/**
 * Uses one of the user's `limit` mails of this kind on this day; false when none is left. One
 * statement, so parallel requests cannot both take the last one.
 */
export async function useDailyQuota(
  q: Queryable,
  userId: string,
  kind: string,
  day: string,
  limit: number,
): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO mail_quota (user_id, kind, day, used) VALUES ($1, $2, $3, 1)
     ON CONFLICT (user_id, kind, day) DO UPDATE SET used = mail_quota.used + 1
       WHERE mail_quota.used < $4
     RETURNING used`,
    [userId, kind, day, limit],
  );
  return rows.length === 1;
}
