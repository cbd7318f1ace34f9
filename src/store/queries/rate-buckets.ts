// Token buckets in one table, so every process on the database charges the same bucket: the
// refill, the take and the decision happen in one statement under the row's lock.
import type { Queryable } from '../db.js';

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

/** Forgets buckets idle for longer than ms (they would be full again). */
export async function sweepSharedBuckets(q: Queryable, ms: number): Promise<void> {
  await q.query(
    `DELETE FROM rate_buckets WHERE at < now() - make_interval(secs => $1::float8 / 1000)`,
    [ms],
  );
}
