import { PERF_BUCKET_GROWTH } from '../../../domain/perf-histogram.js';
import type { Queryable } from '../../db.js';

/** Recomputes the daily histograms of real-user timings (5% buckets) for the days from `since` (a day's start). */
export async function rollupTelemetryPerf(q: Queryable, since: number): Promise<void> {
  await q.query(
    `INSERT INTO telemetry_perf_daily (day, metric, bucket, n)
     SELECT (occurred_at AT TIME ZONE 'UTC')::date, name,
            floor(ln(greatest(value, 1)) / ln($2::float8))::int, count(*)::int
     FROM telemetry_events
     WHERE occurred_at >= $1 AND name LIKE 'perf.%' AND value IS NOT NULL
     GROUP BY 1, 2, 3
     ON CONFLICT (day, metric, bucket) DO UPDATE SET n = EXCLUDED.n`,
    [new Date(since).toISOString(), PERF_BUCKET_GROWTH],
  );
}
