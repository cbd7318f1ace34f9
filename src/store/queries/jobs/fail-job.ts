// The durable job table: enqueue by (name, key), claim with a lease, finish only with the lease.
import type { Queryable } from '../../db.js';

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
