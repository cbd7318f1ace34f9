// Token buckets: a steady rate with a burst, decided from the time passed in.

export interface Bucket {
  tokens: number;
  at: number;
}

export interface Limit {
  perMinute: number;
  burst: number;
}

/** Takes one token if available; returns the new bucket and, when refused, the seconds until one is. */
export function take(
  b: Bucket | undefined,
  limit: Limit,
  now: number,
): { bucket: Bucket; retryAfter: number | null } {
  const rate = limit.perMinute / 60_000;
  const tokens = Math.min(limit.burst, b ? b.tokens + (now - b.at) * rate : limit.burst);
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, at: now }, retryAfter: null };
  return {
    bucket: { tokens, at: now },
    retryAfter: Math.max(1, Math.ceil((1 - tokens) / rate / 1000)),
  };
}
