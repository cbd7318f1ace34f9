import type { Queryable } from '../db.js';

/**
 * When a user's recorded usage begins: the first daily rollup or, earlier, the first raw event
 * (rollups trail ingestion and raw events age out), or null without any usage at all.
 */
export async function firstUsageAt(q: Queryable, userId: string): Promise<number | null> {
  const rows = await q.query<{ h: Date | string | null; e: Date | string | null }>(
    `SELECT (SELECT min(period_start) FROM usage_history
              WHERE user_id = $1 AND period_type = 'daily') AS h,
            (SELECT min(occurred_at) FROM usage_events WHERE user_id = $1) AS e`,
    [userId],
  );
  const times = [rows[0]?.h, rows[0]?.e].filter((t) => t).map((t) => new Date(t!).getTime());
  return times.length ? Math.min(...times) : null;
}
