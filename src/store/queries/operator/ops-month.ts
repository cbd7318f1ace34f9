import { PERF_BUCKET_GROWTH } from '../../../domain/perf-histogram.js';
import type { Queryable } from '../../db.js';

/** Cache hits and misses and the rollup lag histogram (ms, 5% buckets) of the health samples in [from, to). */
export async function readOpsMonth(
  q: Queryable,
  from: string,
  to: string,
): Promise<{ cacheHits: number; cacheMisses: number; rollupLagMs: [number, number][] }> {
  const [r] = await q.query<{ hits: number; misses: number; hist: [number, number][] }>(
    `SELECT
       (SELECT coalesce(sum(cache_hits), 0)::float8 FROM ops_samples WHERE at >= $1 AND at < $2) AS hits,
       (SELECT coalesce(sum(cache_misses), 0)::float8 FROM ops_samples WHERE at >= $1 AND at < $2) AS misses,
       (SELECT coalesce(json_agg(json_build_array(b, n)), '[]'::json) FROM (
          SELECT floor(ln(greatest(rollup_lag_s * 1000, 1)) / ln($3::float8))::int AS b, count(*)::int AS n
          FROM ops_samples WHERE at >= $1 AND at < $2 GROUP BY 1) h) AS hist`,
    [from, to, PERF_BUCKET_GROWTH],
  );
  return { cacheHits: r?.hits ?? 0, cacheMisses: r?.misses ?? 0, rollupLagMs: r?.hist ?? [] };
}
