// The durable job table: enqueue by (name, key), claim with a lease, finish only with the lease.
import type { Queryable } from '../../db.js';

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
 * Each step of priority counts as this many seconds of waiting: a job of higher priority goes
 * first among jobs due at about the same time, and no job waits forever behind a stream of them.
 * Stored as `claim_at` (run_at less this per step) by migration 021's trigger, which repeats it.
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
       ORDER BY claim_at, id
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
