// Token buckets in one table, so every process on the database charges the same bucket: the
// refill, the take and the decision happen in one statement under the row's lock.
import type { Queryable } from '../../db.js';

/** Forgets buckets idle for longer than ms (they would be full again). */
export async function sweepSharedBuckets(q: Queryable, ms: number): Promise<void> {
  await q.query(
    `DELETE FROM rate_buckets WHERE at < now() - make_interval(secs => $1::float8 / 1000)`,
    [ms],
  );
}
