import type { Queryable } from '../db.js';

// The first raw event still kept of user $1 (epoch ms), as a column any statement can carry.
const FIRST_EVENT_COLUMN = `
  (extract(epoch FROM (SELECT min(occurred_at) FROM usage_events WHERE user_id = $1)) * 1000)::float8 AS first_e`;

// When usage begins, as two columns (epoch ms) any statement keyed by user $1 can carry: the first
// daily rollup and the first raw event (rollups trail ingestion and raw events age out).
export const FIRST_USAGE_COLUMNS = `
  (extract(epoch FROM (SELECT min(period_start) FROM usage_history
     WHERE user_id = $1 AND period_type = 'daily')) * 1000)::float8 AS first_h,${FIRST_EVENT_COLUMN}`;

/** The earlier of the two FIRST_USAGE_COLUMNS, or null without any usage at all. */
export function firstOf(row: { first_h: number | null; first_e: number | null } | undefined) {
  const times = [row?.first_h, row?.first_e].filter((t): t is number => t != null);
  return times.length ? Math.min(...times) : null;
}

/**
 * When a user's recorded usage begins: the first daily rollup or, earlier, the first raw event
 * (rollups trail ingestion and raw events age out), or null without any usage at all.
 */
export async function firstUsageAt(q: Queryable, userId: string): Promise<number | null> {
  const rows = await q.query<{ first_h: number | null; first_e: number | null }>(
    `SELECT ${FIRST_USAGE_COLUMNS}`,
    [userId],
  );
  return firstOf(rows[0]);
}

/** The first raw event still kept of a user (epoch ms), or null when none is. */
export async function firstRawEventAt(q: Queryable, userId: string): Promise<number | null> {
  const rows = await q.query<{ first_e: number | null }>(`SELECT ${FIRST_EVENT_COLUMN}`, [userId]);
  return rows[0]?.first_e ?? null;
}
