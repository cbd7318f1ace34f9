import type { Queryable } from '../../db.js';
import type { DirtyHour } from './dirty-hour.js';

/** Clears the markers a rollup has handled, unless a newer ingest re-marked them meanwhile. */
export async function clearDirty(q: Queryable, userId: string, seen: DirtyHour[]): Promise<void> {
  if (seen.length === 0) return;
  await q.query(
    `DELETE FROM rollup_dirty r USING unnest($2::timestamptz[], $3::bigint[]) AS s(h, v)
     WHERE r.user_id = $1 AND r.utc_hour = s.h AND r.version = s.v`,
    [userId, seen.map((s) => new Date(s.utcHour).toISOString()), seen.map((s) => s.version)],
  );
}
