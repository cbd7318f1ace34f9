import type { Queryable } from '../db.js';

/** The latest storage measurement of a user before an instant: raw events first, rollups beyond retention. */
export async function lastStorageBefore(
  q: Queryable,
  userId: string,
  before: number,
): Promise<number | null> {
  const t = new Date(before).toISOString();
  const rows = await q.query<{ v: number | null }>(
    `SELECT coalesce(
       (SELECT value FROM usage_events WHERE user_id = $1 AND event_type = 'storage.measured'
          AND occurred_at < $2 ORDER BY occurred_at DESC, event_id DESC LIMIT 1),
       (SELECT storage_used_mb FROM usage_history WHERE user_id = $1 AND period_type = 'daily'
          AND period_end <= $2 AND storage_used_mb IS NOT NULL ORDER BY period_start DESC LIMIT 1)
     ) AS v`,
    [userId, t],
  );
  return rows[0]?.v ?? null;
}
