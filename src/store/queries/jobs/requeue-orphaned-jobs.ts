// The durable job table: enqueue by (name, key), claim with a lease, finish only with the lease.
import type { Queryable } from '../../db.js';

/** Requeues every running job: only for a database this process owns alone, where they are orphans. */
export async function requeueOrphanedJobs(q: Queryable): Promise<number> {
  const rows = await q.query(
    `UPDATE jobs SET status = 'queued', lease_token = NULL, run_at = now() WHERE status = 'running' RETURNING 1`,
  );
  return rows.length;
}
