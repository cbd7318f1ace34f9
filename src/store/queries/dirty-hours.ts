import type { Queryable } from '../db.js';

const HOUR = 3_600_000;

/** A stale UTC hour of a user (its start, epoch ms) and the marker's version. */
export interface DirtyHour {
  utcHour: number;
  version: number;
}

/**
 * The UTC hours of a user whose rollups are stale, optionally only those overlapping [start, end),
 * by start; with `every`, each marker row of an hour (the log holds one per ingest batch), as a
 * rollup must clear exactly the rows it saw.
 */
export async function dirtyHours(
  q: Queryable,
  userId: string,
  start?: number,
  end?: number,
  every = false,
): Promise<DirtyHour[]> {
  const rows = await q.query<{ t: number; version: string | number }>(
    `SELECT (extract(epoch FROM utc_hour) * 1000)::float8 AS t, ${every ? 'version' : 'max(version) AS version'}
     FROM rollup_dirty
     WHERE user_id = $1
       AND ($2::timestamptz IS NULL OR utc_hour > $2::timestamptz - interval '1 hour')
       AND ($3::timestamptz IS NULL OR utc_hour < $3::timestamptz)
     ${every ? '' : 'GROUP BY utc_hour'}
     ORDER BY utc_hour${every ? ', version' : ''}`,
    [
      userId,
      start === undefined ? null : new Date(start).toISOString(),
      end === undefined ? null : new Date(end).toISOString(),
    ],
  );
  return rows.map((r) => ({ utcHour: r.t, version: Number(r.version) }));
}

/** Clears the markers a rollup has handled, unless a newer ingest re-marked them meanwhile. */
export async function clearDirty(q: Queryable, userId: string, seen: DirtyHour[]): Promise<void> {
  if (seen.length === 0) return;
  await q.query(
    `DELETE FROM rollup_dirty r USING unnest($2::timestamptz[], $3::bigint[]) AS s(h, v)
     WHERE r.user_id = $1 AND r.utc_hour = s.h AND r.version = s.v`,
    [userId, seen.map((s) => new Date(s.utcHour).toISOString()), seen.map((s) => s.version)],
  );
}

/** The UTC hour [start, end) of a marker. */
export const hourOf = (m: DirtyHour) => ({ start: m.utcHour, end: m.utcHour + HOUR });

/** Users with stale rollups. */
export async function usersWithDirtyDays(q: Queryable, limit = 1000): Promise<string[]> {
  const rows = await q.query<{ user_id: string }>(
    'SELECT DISTINCT user_id FROM rollup_dirty ORDER BY user_id LIMIT $1',
    [limit],
  );
  return rows.map((r) => r.user_id);
}
