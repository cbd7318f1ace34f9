import type { Queryable } from '../db.js';
import type { DirtyDay } from './dirty-days.js';

export interface PartsState {
  /** The monthly rows overlapping the window: start (epoch ms) and row id, which every rollup of a day in that month replaces. */
  months: { start: number; id: string }[];
  /** The UTC days with stale rollups in or next to the window (as dirtyDays returns them). */
  dirty: DirtyDay[];
}

/** In one round trip, what tells a user's cached month parts apart from the stored ones, and which days are stale. */
export async function partsState(
  q: Queryable,
  userId: string,
  start: number,
  end: number,
): Promise<PartsState> {
  const rows = await q.query<{ k: string; t: number | null; v: string; n: number | null }>(
    `SELECT 'm' AS k, (extract(epoch FROM period_start) * 1000)::float8 AS t, id::text AS v, NULL::bigint AS n
     FROM usage_history
     WHERE user_id = $1 AND period_type = 'monthly' AND period_start < $3 AND period_end > $2
     UNION ALL
     SELECT 'd', NULL, to_char(utc_day, 'YYYY-MM-DD'), version FROM rollup_dirty
     WHERE user_id = $1 AND utc_day >= ($2::timestamptz AT TIME ZONE 'UTC')::date - 1
       AND utc_day <= ($3::timestamptz AT TIME ZONE 'UTC')::date`,
    [userId, new Date(start).toISOString(), new Date(end).toISOString()],
  );
  const out: PartsState = { months: [], dirty: [] };
  for (const r of rows) {
    if (r.k === 'm') out.months.push({ start: r.t!, id: r.v });
    else out.dirty.push({ utcDay: r.v, version: Number(r.n) });
  }
  out.dirty.sort((a, b) => (a.utcDay < b.utcDay ? -1 : 1));
  return out;
}
