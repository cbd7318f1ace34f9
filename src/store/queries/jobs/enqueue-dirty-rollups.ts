// The durable job table: enqueue by (name, key), claim with a lease, finish only with the lease.
import type { Queryable } from '../../db.js';

/** Requeues a job for every user with stale rollups, keyed by user (the rollup job's name passed in). */
export async function enqueueDirtyRollups(
  q: Queryable,
  job: { name: string; priority: number },
): Promise<void> {
  await q.query(
    `INSERT INTO jobs (name, key, payload, priority)
     SELECT $1, user_id, jsonb_build_object('userId', user_id), $2
     FROM (SELECT DISTINCT user_id FROM rollup_dirty ORDER BY user_id) d
     ON CONFLICT (name, key) DO UPDATE SET status = 'queued', attempts = 0, run_at = now(), last_error = NULL,
       priority = EXCLUDED.priority
       WHERE jobs.status IN ('done', 'failed')`,
    [job.name, job.priority],
  );
}
