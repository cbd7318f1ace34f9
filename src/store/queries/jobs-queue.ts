// The durable job table: enqueue by (name, key), claim with a lease, finish only with the lease.
import type { Queryable } from '../db.js';

export interface ClaimedJob {
  id: number;
  name: string;
  key: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  leaseToken: string;
}

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

/**
 * Each step of priority counts as this many seconds of waiting: a job of higher priority goes
 * first among jobs due at about the same time, and no job waits forever behind a stream of them.
 */
export const PRIORITY_STEP_SECONDS = 10;

/** Claims the next due job (or one whose lease ran out), leased for its own type's lease; null when none is due. */
export async function claimJob(
  q: Queryable,
  leases: Record<string, number>,
): Promise<ClaimedJob | null> {
  const names = Object.keys(leases);
  const rows = await q.query<{
    id: number;
    name: string;
    key: string;
    payload: unknown;
    attempts: number;
    max_attempts: number;
    lease_token: string;
  }>(
    `UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_token = gen_random_uuid(),
       lease_until = now() + make_interval(secs => (
         SELECT l FROM unnest($1::text[], $2::float8[]) AS x(n, l) WHERE x.n = jobs.name) / 1000)
     WHERE id = (
       SELECT id FROM jobs
       WHERE name = ANY($1::text[]) AND run_at <= now()
         AND (status = 'queued' OR (status = 'running' AND lease_until < now()))
       ORDER BY run_at - make_interval(secs => priority * ${PRIORITY_STEP_SECONDS}), id
       LIMIT 1 FOR UPDATE SKIP LOCKED)
     RETURNING id, name, key, payload, attempts, max_attempts, lease_token::text AS lease_token`,
    [names, names.map((n) => leases[n])],
  );
  const r = rows[0];
  return r
    ? {
        id: r.id,
        name: r.name,
        key: r.key,
        payload: r.payload,
        attempts: r.attempts,
        maxAttempts: r.max_attempts,
        leaseToken: r.lease_token,
      }
    : null;
}

/** Marks a job done (or queued again when asked to rerun) if this worker still holds its lease; false when the lease was lost. */
export async function completeJob(q: Queryable, id: number, leaseToken: string): Promise<boolean> {
  const rows = await q.query(
    `UPDATE jobs SET status = CASE WHEN rerun THEN 'queued' ELSE 'done' END, rerun = false,
       attempts = CASE WHEN rerun THEN 0 ELSE attempts END, run_at = CASE WHEN rerun THEN now() ELSE run_at END,
       finished_at = now(), lease_token = NULL, last_error = NULL
     WHERE id = $1 AND lease_token = $2::uuid AND status = 'running' RETURNING id`,
    [id, leaseToken],
  );
  return rows.length === 1;
}

/** Records a failure: retried after a backoff, or failed for good after the last attempt. */
export async function failJob(
  q: Queryable,
  id: number,
  leaseToken: string,
  error: string,
  backoffMs: number,
): Promise<void> {
  await q.query(
    `UPDATE jobs SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
       run_at = now() + make_interval(secs => $4::float8 / 1000), last_error = $3, lease_token = NULL,
       finished_at = CASE WHEN attempts >= max_attempts THEN now() END
     WHERE id = $1 AND lease_token = $2::uuid`,
    [id, leaseToken, error.slice(0, 2000), backoffMs],
  );
}

/** Requeues every running job: only for a database this process owns alone, where they are orphans. */
export async function requeueOrphanedJobs(q: Queryable): Promise<number> {
  const rows = await q.query(
    `UPDATE jobs SET status = 'queued', lease_token = NULL, run_at = now() WHERE status = 'running' RETURNING 1`,
  );
  return rows.length;
}
