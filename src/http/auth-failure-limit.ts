// Requests that are not signed in, and requests whose credential fails, are limited per client
// address, before any signature check or database lookup: a stream of guessed keys or tokens
// costs the server little and soon gets 429. Requests with a valid credential are never charged.
// The client address is Fastify's req.ip, which honours `trustProxy` (TRUST_PROXY).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import ipaddr from 'ipaddr.js';
import { LRUCache } from 'lru-cache';
import { take, type Bucket, type Limit } from '../domain/rate-limit.js';
import { AppError } from '../services/errors.js';

/** Unauthenticated or failed requests per client address: 60 a minute, 30 at once. */
export const DEFAULT_ANONYMOUS_LIMIT: Limit = { perMinute: 60, burst: 30 };

// Addresses remembered at once; an address forgotten starts again with a full bucket.
const MAX_ADDRESSES = 50_000;

/** The bucket key of a client address: IPv4 as is, IPv6 by its /64 (a host is given a whole /64). */
export function addressKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const addr = ipaddr.process(ip); // IPv4-mapped IPv6 becomes IPv4
  if (addr.kind() === 'ipv4') return addr.toString();
  const parts = (addr as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(':')}::/64`;
}

/** Adds the hooks that charge and refuse anonymous and failed /api requests per client address. */
export function anonymousLimitHooks(app: FastifyInstance, limit: Limit, now: () => number) {
  const buckets = new LRUCache<string, Bucket>({ max: MAX_ADDRESSES });
  const refuse = (wait: number) =>
    new AppError(
      'rate_limited',
      `too many unauthenticated or failed requests from this address; retry in ${wait} s`,
      [],
      wait,
    );
  const charge = (key: string): number | null => {
    const r = take(buckets.get(key), limit, now());
    buckets.set(key, r.bucket);
    return r.retryAfter;
  };
  // A CORS preflight (OPTIONS) carries no credential and reaches no handler: not charged, or an
  // embedded dashboard's preflights would spend its address's budget.
  const limited = (req: FastifyRequest) => req.url.startsWith('/api/') && req.method !== 'OPTIONS';

  app.addHook('onRequest', async (req) => {
    if (!limited(req)) return;
    const key = addressKey(req.ip);
    if (!req.routeOptions.config?.scope || req.headers.authorization === undefined) {
      // Public routes (unsubscribe, 404s) and requests without a credential pay up front.
      const wait = charge(key);
      if (wait !== null) throw refuse(wait);
      return;
    }
    // A credential is charged only if it fails (below); an address out of budget is refused
    // before its credential is looked at. The bucket is only read here, not taken from.
    const wait = take(buckets.get(key), limit, now()).retryAfter;
    if (wait !== null) throw refuse(wait);
  });
  app.addHook('onResponse', async (req, reply) => {
    if (limited(req) && reply.statusCode === 401 && req.headers.authorization !== undefined)
      charge(addressKey(req.ip));
  });
}
