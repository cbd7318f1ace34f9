import type { Queryable } from '../db.js';

export interface DirtyDay {
  utcDay: string;
  version: number;
}

/** The UTC days of a user whose rollups are stale, optionally only those within [start, end). */
export async function dirtyDays(
  q: Queryable,
  userId: string,
  start?: number,
  end?: number,
): Promise<DirtyDay[]> {
  const rows = await q.query<{ utc_day: string; version: number }>(
    `SELECT to_char(utc_day, 'YYYY-MM-DD') AS utc_day, version FROM rollup_dirty
     WHERE user_id = $1
       AND ($2::timestamptz IS NULL OR utc_day >= ($2::timestamptz AT TIME ZONE 'UTC')::date - 1)
       AND ($3::timestamptz IS NULL OR utc_day <= ($3::timestamptz AT TIME ZONE 'UTC')::date)
     ORDER BY utc_day`,
    [
      userId,
      start === undefined ? null : new Date(start).toISOString(),
      end === undefined ? null : new Date(end).toISOString(),
    ],
  );
  return rows.map((r) => ({ utcDay: r.utc_day, version: r.version }));
}

/** Clears the markers a rollup has handled, unless a newer ingest re-marked them meanwhile. */
export async function clearDirty(q: Queryable, userId: string, seen: DirtyDay[]): Promise<void> {
  if (seen.length === 0) return;
  await q.query(
    `DELETE FROM rollup_dirty r USING unnest($2::date[], $3::bigint[]) AS s(d, v)
     WHERE r.user_id = $1 AND r.utc_day = s.d AND r.version = s.v`,
    [userId, seen.map((s) => s.utcDay), seen.map((s) => s.version)],
  );
}

/** Users with stale rollups. */
export async function usersWithDirtyDays(q: Queryable, limit = 1000): Promise<string[]> {
  const rows = await q.query<{ user_id: string }>(
    'SELECT DISTINCT user_id FROM rollup_dirty ORDER BY user_id LIMIT $1',
    [limit],
  );
  return rows.map((r) => r.user_id);
}
