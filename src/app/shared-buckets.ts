// Rate-limit buckets in the database, so a user's limit holds across every server process.
import { take, type Bucket, type BucketStore } from '../domain/rate-limit.js';
import type { Db } from '../store/db.js';
import { chargeSharedBucket, sweepSharedBuckets } from '../store/queries/rate-buckets.js';

const IDLE_MS = 10 * 60_000;

interface Copy {
  bucket: Bucket;
  /** Tokens of this process's charges sent to the table and not yet answered. */
  inFlight: number;
  /** Whether the table has answered a charge of this key yet (until then it decides alone). */
  synced: boolean;
}

/**
 * A bucket store in the rate_buckets table (one statement per charge; idle rows swept each
 * minute). While a bucket is more than half full, this process's copy decides and the charge goes
 * to the table behind the answer (whose tokens, every process's charges, replace the copy): a
 * request waits for the table only near the limit or for a key this process has not seen lately.
 */
export function sharedBuckets(db: Db, now: () => number): BucketStore {
  let sweptAt = now();
  const copies = new Map<string, Copy>();
  return {
    async take(key, limit, cost) {
      const t = now();
      if (t - sweptAt > 60_000) {
        sweptAt = t;
        void sweepSharedBuckets(db, IDLE_MS).catch(() => {});
        for (const [k, c] of copies) if (t - c.bucket.at > IDLE_MS && !c.inFlight) copies.delete(k);
      }
      const rate = limit.perMinute / 60_000;
      // As the in-memory buckets: a request never needs more than a burst.
      const need = Math.min(Math.max(1, cost), limit.burst);
      const copy = copies.get(key) ?? { bucket: { tokens: 0, at: t }, inFlight: 0, synced: false };
      copies.set(key, copy);
      const charge = () => {
        copy.inFlight += need;
        return chargeSharedBucket(db, key, limit.burst, rate, need)
          .finally(() => {
            copy.inFlight -= need;
          })
          .then((r) => {
            // The table's tokens count every process's charges up to this one; this process's later
            // charges, still on their way, are taken off again.
            copy.bucket = { tokens: r.tokens - copy.inFlight, at: now() };
            copy.synced = true;
            return r;
          });
      };
      const fromTable = async () => {
        const r = await charge();
        return r.granted ? null : Math.max(1, Math.ceil((need - r.tokens) / rate / 1000));
      };
      // No answer from the table yet for this key here: the table decides.
      if (!copy.synced) return fromTable();
      // Far from the limit (half a burst or more left after this request), the copy decides: it is
      // never fuller than the table except by what other processes took since its last answer, so
      // a grant can exceed the limit only when they took more than half a burst in one round trip.
      // Near the limit the table decides, as every process sees it.
      const decided = take(copy.bucket, limit, t, need);
      if (decided.retryAfter !== null || decided.bucket.tokens < limit.burst / 2)
        return fromTable();
      copy.bucket = decided.bucket;
      void charge().catch(() => {});
      return null;
    },
  };
}
