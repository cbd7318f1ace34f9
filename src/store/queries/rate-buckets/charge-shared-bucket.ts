// Token buckets in one table, so every process on the database charges the same bucket: the
// refill, the take and the decision happen in one statement under the row's lock.
import type { Queryable } from '../../db.js';

/** As takeSharedBucket, and tells the tokens left after the take either way (what a process copies). */
export async function chargeSharedBucket(
  q: Queryable,
  key: string,
  burst: number,
  perMs: number,
  need: number,
): Promise<{ granted: boolean; tokens: number }> {
  // What the bucket holds now: what was left, refilled for the time since, at most a burst.
  const avail = `least($2::float8, b.tokens + extract(epoch FROM now() - b.at) * 1000 * $3::float8)`;
  const [row] = await q.query<{ tokens: number; granted: boolean }>(
    `INSERT INTO rate_buckets AS b (key, tokens, at, granted)
     VALUES ($1, $2::float8 - $4::float8, now(), true)
     ON CONFLICT (key) DO UPDATE SET
       tokens = CASE WHEN ${avail} >= $4::float8 THEN ${avail} - $4::float8 ELSE ${avail} END,
       granted = ${avail} >= $4::float8,
       at = now()
     RETURNING b.tokens, b.granted`,
    [key, burst, perMs, need],
  );
  return { granted: row!.granted, tokens: row!.tokens };
}
