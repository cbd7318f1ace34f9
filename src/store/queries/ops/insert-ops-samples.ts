import type { Queryable } from '../../db.js';

/** Stores many health samples at once (the demo's simulated month); existing ones stay. */
export async function insertOpsSamples(
  q: Queryable,
  instance: string,
  samples: {
    at: string;
    events: number;
    rollupLagS: number;
    cacheHits: number;
    cacheMisses: number;
  }[],
): Promise<void> {
  await q.query(
    `INSERT INTO ops_samples
       (at, instance, events, rollup_lag_s, cache_hits, cache_misses, queued_jobs, failed_jobs)
     SELECT s.at, $1, s.events, s."rollupLagS", s."cacheHits", s."cacheMisses", 0, 0
     FROM jsonb_to_recordset($2::jsonb) AS s(at timestamptz, events int, "rollupLagS" float8,
       "cacheHits" int, "cacheMisses" int)
     ON CONFLICT (at, instance) DO NOTHING`,
    [instance, JSON.stringify(samples)],
  );
}
