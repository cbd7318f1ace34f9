import type { Queryable } from '../db.js';
import type { DirtyHour } from './dirty/dirty-hour.js';

export interface PartsState {
  /** The monthly rows overlapping the window: start (epoch ms) and when the row was written (its clock_timestamp in µs), which every rollup of a day in that month replaces, later. */
  months: { start: number; id: string }[];
  /** The stale UTC hours overlapping the window, by start (as dirtyHours returns them). */
  dirty: DirtyHour[];
}

/** In one round trip, what tells a user's cached month parts apart from the stored ones, and which hours are stale. */
export async function partsState(
  q: Queryable,
  userId: string,
  start: number,
  end: number,
): Promise<PartsState> {
  const rows = await q.query<{ k: string; t: number; v: string | null; n: string | null }>(
    `SELECT 'm' AS k, (extract(epoch FROM period_start) * 1000)::float8 AS t, (extract(epoch FROM recorded_at) * 1000000)::bigint::text AS v, NULL::bigint AS n
     FROM usage_history
     WHERE user_id = $1 AND period_type = 'monthly' AND period_start < $3 AND period_end > $2
     UNION ALL
     SELECT 'd', (extract(epoch FROM utc_hour) * 1000)::float8, NULL, max(version) FROM rollup_dirty
     WHERE user_id = $1 AND utc_hour > $2::timestamptz - interval '1 hour' AND utc_hour < $3
     GROUP BY utc_hour`,
    [userId, new Date(start).toISOString(), new Date(end).toISOString()],
  );
  const out: PartsState = { months: [], dirty: [] };
  for (const r of rows) {
    if (r.k === 'm') out.months.push({ start: r.t, id: r.v! });
    else out.dirty.push({ utcHour: r.t, version: Number(r.n) });
  }
  out.dirty.sort((a, b) => a.utcHour - b.utcHour);
  return out;
}
