import type { Queryable } from '../db.js';

/** The statement of lastStorageBefore for user $1, with the instant as the given parameter. */
export const STORAGE_BEFORE_SQL = (before: string) => `SELECT coalesce(
       (SELECT value FROM usage_events WHERE user_id = $1 AND event_type = 'storage.measured'
          AND occurred_at < ${before} ORDER BY occurred_at DESC, event_id DESC LIMIT 1),
       (SELECT storage_used_mb FROM usage_history WHERE user_id = $1 AND period_type = 'daily'
          AND period_end <= ${before} AND storage_used_mb IS NOT NULL ORDER BY period_start DESC LIMIT 1)
     )`;

/** The latest storage measurement of a user before an instant: raw events first, rollups beyond retention. */
export async function lastStorageBefore(
  q: Queryable,
  userId: string,
  before: number,
): Promise<number | null> {
  const rows = await q.query<{ v: number | null }>(`${STORAGE_BEFORE_SQL('$2')} AS v`, [
    userId,
    new Date(before).toISOString(),
  ]);
  return rows[0]?.v ?? null;
}
