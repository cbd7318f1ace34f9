// Rate limits per API key and per user (tokens and keys together), with 429 and Retry-After.
// The buckets live where the server is told: in memory, or (several processes) in the database.
import type { FastifyRequest } from 'fastify';
import { memoryBuckets, type BucketStore, type Limit } from '../domain/rate-limit.js';
import { AppError } from '../services/errors.js';
import { refusal } from '../domain/i18n/reasons.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What a request costs in the rate limits (default 1), e.g. more when its answer must be computed. */
    cost?: (req: FastifyRequest) => number | Promise<number>;
  }
}

export interface RateLimits {
  perUser: Limit;
  perKey: Limit;
}

/** A preHandler (after auth) that charges the caller's user and, for key requests, the key. */
export function rateLimitHook(
  limits: RateLimits,
  now: () => number,
  store: BucketStore = memoryBuckets(now),
) {
  return async (req: FastifyRequest) => {
    const p = req.principal;
    if (!p || !p.scopes.has('read')) return;
    const cost = (await req.routeOptions.config.cost?.(req)) ?? 1;
    const waits = await Promise.all([
      store.take(`user:${p.subject}`, limits.perUser, cost),
      p.keyId ? store.take(`key:${p.subject}:${p.keyId}`, limits.perKey, cost) : null,
    ]);
    const wait = Math.max(...waits.map((w) => w ?? 0));
    if (wait > 0)
      throw new AppError('rate_limited', refusal('tooManyRequests', { seconds: wait }), [], wait);
  };
}
