// User and service tokens: HS256 JWTs signed with the configured secret, or RS256 from a JWKS.
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  jwtVerify,
  SignJWT,
  type JWTPayload,
} from 'jose';
import { userIdSchema } from '../domain/events.js';
import { jwksUrlProblem } from '../domain/jwks-url.js';
import { LRUCache } from 'lru-cache';
import { AppError } from './errors.js';

export type Scope = 'read' | 'ingest';
export interface TokenConfig {
  secret?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
}
export interface Principal {
  /** The user id for read tokens; "service" for ingest tokens. */
  subject: string;
  scopes: Set<Scope>;
  via: 'jwt' | 'api-key';
  keyId?: string;
  /** An operator's read-only view of the user (claim `view: "operator"`): GET only, like a key. */
  readOnly?: boolean;
}

/** A token's subject names a user: the same rules as a user id anywhere (no control characters, valid Unicode). */
const isSubject = (sub: string): boolean => userIdSchema.safeParse(sub).success;

/** Signs a token for a subject with the given scope, valid for ttlSeconds. */
export async function mintToken(
  cfg: TokenConfig,
  sub: string,
  scope: Scope,
  ttlSeconds: number,
  now: number,
  claims: { view?: 'operator' } = {},
) {
  if (!cfg.secret)
    throw new Error('minting needs AUTH_JWT_SECRET (tokens from a JWKS are issued elsewhere)');
  const iat = Math.floor(now / 1000);
  return new SignJWT({ scope, ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(cfg.issuer)
    .setAudience(cfg.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(new TextEncoder().encode(cfg.secret));
}

// A dashboard sends the same token with every request; checking its signature each time cost a
// busy server a sixth of its CPU. A token verified once is trusted again, byte for byte, until it
// expires, for 5 minutes at most.
const REVERIFY_AFTER_MS = 5 * 60_000;
// A key withdrawn from the JWKS stops working within 5 minutes (SECURITY.md). jose keeps a fetched
// key set for JWKS_MAX_AGE_MS and a token it verified is remembered for what is left of the 5
// minutes, so the two caches together never exceed them.
const WITHDRAWN_KEY_LIMIT_MS = 5 * 60_000;
export const JWKS_MAX_AGE_MS = 2 * 60_000;
const REMEMBER_JWKS_TOKEN_MS = WITHDRAWN_KEY_LIMIT_MS - JWKS_MAX_AGE_MS;
// Bounded by bytes, not count: a token's length is the caller's choice (up to the header limit).
const REMEMBERED_BYTES = 8 * 1024 * 1024;

/** Returns a verifier that accepts only well-signed, unexpired tokens of our issuer and audience. */
export function createVerifier(cfg: TokenConfig, now: () => number) {
  const secret = cfg.secret ? new TextEncoder().encode(cfg.secret) : null;
  const problem = cfg.jwksUrl ? jwksUrlProblem(cfg.jwksUrl) : null;
  if (problem) throw new Error(`AUTH_JWKS_URL ${problem}`);
  const jwks = cfg.jwksUrl
    ? createRemoteJWKSet(new URL(cfg.jwksUrl), { cacheMaxAge: JWKS_MAX_AGE_MS })
    : null;
  const verified = new LRUCache<string, { principal: Principal; until: number }>({
    maxSize: REMEMBERED_BYTES,
    sizeCalculation: (_v, token) => 2 * token.length + 256,
  });
  return async function verify(token: string): Promise<Principal> {
    const t = now();
    const known = verified.get(token);
    if (known && t < known.until) return known.principal;
    if (known) verified.delete(token);
    const { principal, exp, fromJwks } = await verifyOnce(token, t);
    const remember = fromJwks ? REMEMBER_JWKS_TOKEN_MS : REVERIFY_AFTER_MS;
    verified.set(token, { principal, until: Math.min(exp * 1000, t + remember) });
    return principal;
  };

  async function verifyOnce(
    token: string,
    at: number,
  ): Promise<{ principal: Principal; exp: number; fromJwks: boolean }> {
    let payload: JWTPayload;
    let fromJwks = false;
    try {
      const alg = decodeProtectedHeader(token).alg;
      const opts = { issuer: cfg.issuer, audience: cfg.audience, currentDate: new Date(at) };
      if (alg === 'HS256' && secret)
        payload = (await jwtVerify(token, secret, { ...opts, algorithms: ['HS256'] })).payload;
      else if (alg === 'RS256' && jwks) {
        payload = (await jwtVerify(token, jwks, { ...opts, algorithms: ['RS256'] })).payload;
        fromJwks = true;
      } else throw new Error(`algorithm ${String(alg)} is not accepted`);
    } catch (err) {
      throw new AppError('unauthorized', `invalid token: ${(err as Error).message}`);
    }
    const scopes = new Set(
      String(payload.scope ?? '')
        .split(' ')
        .filter((s): s is Scope => s === 'read' || s === 'ingest'),
    );
    if (!payload.sub || !isSubject(payload.sub) || scopes.size === 0) {
      throw new AppError('unauthorized', 'invalid token: a subject and a scope are required');
    }
    if (typeof payload.exp !== 'number')
      throw new AppError('unauthorized', 'invalid token: an expiry (exp) is required');
    return {
      principal: {
        subject: payload.sub,
        scopes,
        via: 'jwt',
        ...(payload.view === 'operator' ? { readOnly: true } : {}),
      },
      exp: payload.exp,
      fromJwks,
    };
  }
}
