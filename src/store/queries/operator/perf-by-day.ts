import type { Queryable } from '../../db.js';

/** The real-user timing histograms of each UTC day in [from, to), per day and metric ([bucket, count]). */
export async function readPerfByDay(
  q: Queryable,
  from: string,
  to: string,
): Promise<{ day: string; metric: string; hist: [number, number][] }[]> {
  return q.query<{ day: string; metric: string; hist: [number, number][] }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, metric,
       json_agg(json_build_array(bucket, n) ORDER BY bucket) AS hist
     FROM telemetry_perf_daily
     WHERE day >= $1::date AND day < $2::date
     GROUP BY day, metric ORDER BY day, metric`,
    [from, to],
  );
}
