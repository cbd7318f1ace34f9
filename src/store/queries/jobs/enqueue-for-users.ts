// The durable job table: enqueue by (name, key), claim with a lease, finish only with the lease.
import type { Queryable } from '../../db.js';

/** Enqueues one job per user (keyed by user, payload {userId}); a finished one is queued again, a running one reruns. */
export async function enqueueForUsers(
  q: Queryable,
  job: { name: string; userIds: string[]; maxAttempts: number; priority: number },
): Promise<void> {
  await q.query(
    `INSERT INTO jobs (name, key, payload, max_attempts, priority)
     SELECT $1, u, jsonb_build_object('userId', u), $3, $4 FROM unnest($2::text[]) AS u ORDER BY u
     ON CONFLICT (name, key) DO UPDATE
       SET rerun = jobs.status = 'running',
         status = CASE WHEN jobs.status = 'running' THEN 'running' ELSE 'queued' END,
         attempts = CASE WHEN jobs.status = 'running' THEN jobs.attempts ELSE 0 END,
         run_at = CASE WHEN jobs.status = 'running' THEN jobs.run_at ELSE now() END,
         last_error = NULL, priority = greatest(jobs.priority, EXCLUDED.priority)
       WHERE jobs.status IN ('done', 'failed', 'running')`,
    [job.name, job.userIds, job.maxAttempts, job.priority],
  );
}
