// The durable job table: enqueue by (name, key), claim with a lease, finish only with the lease.
import type { Queryable } from '../../db.js';

/** Enqueues (or queues again) one job per user with usage since the given time, keyed by user. */
export async function enqueueForActiveUsers(
  q: Queryable,
  job: { name: string; since: number; maxAttempts: number; priority: number },
): Promise<number> {
  const rows = await q.query(
    `INSERT INTO jobs (name, key, payload, max_attempts, priority)
     SELECT $1, u.user_id, jsonb_build_object('userId', u.user_id), $3, $4 FROM users u
     WHERE EXISTS (SELECT 1 FROM usage_history h WHERE h.user_id = u.user_id
       AND h.period_type = 'daily' AND h.period_start >= $2::timestamptz)
     ORDER BY u.user_id
     ON CONFLICT (name, key) DO UPDATE SET status = 'queued', attempts = 0, run_at = now(),
       last_error = NULL, priority = EXCLUDED.priority
       WHERE jobs.status IN ('done', 'failed')
     RETURNING 1`,
    [job.name, new Date(job.since).toISOString(), job.maxAttempts, job.priority],
  );
  return rows.length;
}
