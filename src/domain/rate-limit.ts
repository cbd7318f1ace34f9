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
