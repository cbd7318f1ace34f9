import type { Queryable } from '../../db.js';

export interface OpsSample {
  at: number;
  instance: string;
  events: number;
  rollupLagSeconds: number;
  cacheHits: number;
  cacheMisses: number;
}

/** Records one process's health for a minute; queued and failed jobs are read from the jobs table. */
export async function insertOpsSample(q: Queryable, s: OpsSample): Promise<void> {
  await q.query(
    `INSERT INTO ops_samples
       (at, instance, events, rollup_lag_s, cache_hits, cache_misses, queued_jobs, failed_jobs)
     SELECT $1, $2, $3, $4, $5, $6,
       (SELECT count(*)::int FROM jobs WHERE status = 'queued' AND run_at <= $1),
       (SELECT count(*)::int FROM jobs WHERE status = 'failed' AND finished_at > $1::timestamptz - interval '1 hour')
     ON CONFLICT (at, instance) DO NOTHING`,
    [
      new Date(s.at).toISOString(),
      s.instance,
      s.events,
      s.rollupLagSeconds,
      s.cacheHits,
      s.cacheMisses,
    ],
  );
}
