import type { Queryable } from '../../db.js';

/** The real-user timing histograms of the UTC days in [from, to), per metric ([bucket, count]). */
export async function readPerfHistograms(
  q: Queryable,
  from: string,
  to: string,
): Promise<Record<string, [number, number][]>> {
  const rows = await q.query<{ metric: string; bucket: number; n: number }>(
    `SELECT metric, bucket, sum(n)::int AS n FROM telemetry_perf_daily
     WHERE day >= $1::date AND day < $2::date GROUP BY metric, bucket`,
    [from, to],
  );
  const out: Record<string, [number, number][]> = {};
  for (const r of rows) (out[r.metric] ??= []).push([r.bucket, r.n]);
  return out;
}
