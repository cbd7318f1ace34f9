// Rate-limit buckets in the database, so a user's limit holds across every server process.
import type { BucketStore } from '../domain/rate-limit.js';
import type { Db } from '../store/db.js';
import { sweepSharedBuckets } from '../store/queries/rate-buckets/sweep-shared-buckets.js';
import { takeSharedBucket } from '../store/queries/rate-buckets/take-shared-bucket.js';

const IDLE_MS = 10 * 60_000;

/** A bucket store in the rate_buckets table (one statement per charge); idle rows are swept each minute. */
export function sharedBuckets(db: Db, now: () => number): BucketStore {
  let sweptAt = now();
  return {
    async take(key, limit, cost) {
      if (now() - sweptAt > 60_000) {
        sweptAt = now();
        void sweepSharedBuckets(db, IDLE_MS).catch(() => {});
      }
      const rate = limit.perMinute / 60_000;
      // As the in-memory buckets: a request never needs more than a burst.
      const need = Math.min(Math.max(1, cost), limit.burst);
      const tokens = await takeSharedBucket(db, key, limit.burst, rate, need);
      return tokens === null ? null : Math.max(1, Math.ceil((need - tokens) / rate / 1000));
    },
  };
}
