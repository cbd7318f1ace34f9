import type { Queryable } from '../../db.js';
import type { DirtyHour } from './dirty-hour.js';

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
