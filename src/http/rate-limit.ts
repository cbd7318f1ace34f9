// Rate limits per API key and per user (tokens and keys together), with 429 and Retry-After.
// Limits are kept in this process: with several processes each enforces them on its own share.
import type { FastifyRequest } from 'fastify';
import { take, type Bucket, type Limit } from '../domain/rate-limit.js';
import { AppError } from '../services/errors.js';

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
export function rateLimitHook(limits: RateLimits, now: () => number) {
  const buckets = new Map<string, Bucket>();
  let sweptAt = 0;
  const charge = (id: string, limit: Limit, cost: number): number | null => {
    const r = take(buckets.get(id), limit, now(), cost);
    buckets.set(id, r.bucket);
    return r.retryAfter;
  };
  return async (req: FastifyRequest) => {
    const p = req.principal;
    if (!p || !p.scopes.has('read')) return;
    if (now() - sweptAt > 60_000) {
      // Idle buckets are full again; forgetting them keeps memory bounded.
      sweptAt = now();
      for (const [id, b] of buckets) if (sweptAt - b.at > 10 * 60_000) buckets.delete(id);
    }
    const cost = (await req.routeOptions.config.cost?.(req)) ?? 1;
    const waits = [charge(`user:${p.subject}`, limits.perUser, cost)];
    if (p.keyId) waits.push(charge(`key:${p.subject}:${p.keyId}`, limits.perKey, cost));
    const wait = Math.max(...waits.map((w) => w ?? 0));
    if (wait > 0)
      throw new AppError('rate_limited', `too many requests; retry in ${wait} s`, [], wait);
  };
}
