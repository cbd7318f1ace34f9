// Token buckets in one table, so every process on the database charges the same bucket: the
// refill, the take and the decision happen in one statement under the row's lock.
import type { Queryable } from '../../db.js';
import { chargeSharedBucket } from './charge-shared-bucket.js';

/**
 * Takes need tokens from key's bucket (full at burst, refilled at perMs per millisecond of the
 * database clock); returns null when granted, else the tokens there were.
 */
export async function takeSharedBucket(
  q: Queryable,
  key: string,
  burst: number,
  perMs: number,
  need: number,
): Promise<number | null> {
  const r = await chargeSharedBucket(q, key, burst, perMs, need);
  return r.granted ? null : r.tokens;
}
