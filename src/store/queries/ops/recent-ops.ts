import type { Queryable } from '../../db.js';

/** Events accepted per minute (all processes together) and the highest rollup lag, for the minutes since `since`. */
export async function readRecentOps(
  q: Queryable,
  since: number,
): Promise<{ at: string; events: number; rollupLagSeconds: number }[]> {
  const rows = await q.query<{ at: Date; events: number; lag: number }>(
    `SELECT at, sum(events)::int AS events, max(rollup_lag_s)::float8 AS lag
     FROM ops_samples WHERE at >= $1 GROUP BY at ORDER BY at`,
    [new Date(since).toISOString()],
  );
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    events: r.events,
    rollupLagSeconds: r.lag,
  }));
}
