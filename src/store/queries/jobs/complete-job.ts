// The durable job table: enqueue by (name, key), claim with a lease, finish only with the lease.
import type { Queryable } from '../../db.js';

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
