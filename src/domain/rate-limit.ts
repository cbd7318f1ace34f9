// Token buckets: a steady rate with a burst, decided from the time passed in.

export interface Bucket {
  tokens: number;
  at: number;
}

export interface Limit {
  perMinute: number;
  burst: number;
}

/**
 * Takes `cost` tokens (1 by default; at most the burst, so any request can pass on a full bucket)
 * if available; returns the new bucket and, when refused, the seconds until they are.
 */
export function take(
  b: Bucket | undefined,
  limit: Limit,
  now: number,
  cost = 1,
): { bucket: Bucket; retryAfter: number | null } {
  const rate = limit.perMinute / 60_000;
  const need = Math.min(Math.max(1, cost), limit.burst);
  const tokens = Math.min(limit.burst, b ? b.tokens + (now - b.at) * rate : limit.burst);
  if (tokens >= need) return { bucket: { tokens: tokens - need, at: now }, retryAfter: null };
  return {
    bucket: { tokens, at: now },
    retryAfter: Math.max(1, Math.ceil((need - tokens) / rate / 1000)),
  };
}

/**
 * Where buckets are kept: this process's memory, or a table every process shares. take charges
 * cost to key's bucket and resolves null when granted, else the seconds until it would be.
 */
export interface BucketStore {
  take(key: string, limit: Limit, cost: number): Promise<number | null>;
}

/** Buckets in this process's memory (one process, or limits each process enforces on its own). */
export function memoryBuckets(now: () => number): BucketStore {
  const buckets = new Map<string, Bucket>();
  let sweptAt = 0;
  return {
    async take(key, limit, cost) {
      const t = now();
      if (t - sweptAt > 60_000) {
        // Idle buckets are full again; forgetting them keeps memory bounded.
        sweptAt = t;
        for (const [id, b] of buckets) if (t - b.at > 10 * 60_000) buckets.delete(id);
      }
      const r = take(buckets.get(key), limit, t, cost);
      buckets.set(key, r.bucket);
      return r.retryAfter;
    },
  };
}
