// The durable job table: enqueue by (name, key), claim with a lease, finish only with the lease.
import type { Queryable } from '../../db.js';

/**
 * Enqueues a job unless one with the same name and key exists. With again, a finished one is
 * queued again and a running one runs once more after it finishes (it may have read too early).
 */
export async function enqueueJob(
  q: Queryable,
  job: {
    name: string;
    key: string;
    payload: unknown;
    runAt?: number;
    maxAttempts?: number;
    again?: boolean;
    priority?: number;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO jobs (name, key, payload, run_at, max_attempts, priority)
     VALUES ($1, $2, $3, coalesce($4::timestamptz, now()), $5, $7)
     ON CONFLICT (name, key) DO UPDATE
       SET rerun = jobs.status = 'running',
         status = CASE WHEN jobs.status = 'running' THEN 'running' ELSE 'queued' END,
         attempts = CASE WHEN jobs.status = 'running' THEN jobs.attempts ELSE 0 END,
         payload = EXCLUDED.payload,
         run_at = CASE WHEN jobs.status = 'running' THEN jobs.run_at ELSE EXCLUDED.run_at END,
         last_error = CASE WHEN jobs.status = 'running' THEN jobs.last_error END,
         priority = greatest(jobs.priority, EXCLUDED.priority)
       WHERE $6 AND jobs.status IN ('done', 'failed', 'running')`,
    [
      job.name,
      job.key,
      JSON.stringify(job.payload),
      job.runAt ? new Date(job.runAt).toISOString() : null,
      job.maxAttempts ?? 5,
      job.again ?? false,
      job.priority ?? 0,
    ],
  );
}
