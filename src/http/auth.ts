// Who is calling: a Bearer token verified before any /api handler runs.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../services/errors.js';
import type { Principal, Scope } from '../services/tokens.js';

export type Authenticate = (token: string) => Promise<Principal>;

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyContextConfig {
    /** The scope a route needs; routes without one are public. */
    scope?: Scope;
  }
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/** A preHandler that rejects requests without a valid token carrying the route's scope. */
export function authHook(authenticate: Authenticate) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    const scope = req.routeOptions.config.scope;
    if (!scope) return;
    const header = req.headers.authorization ?? '';
    const m = /^Bearer ([A-Za-z0-9._~+/=-]{10,4096})$/.exec(header);
    if (!m)
      throw new AppError('unauthorized', 'missing or malformed Authorization: Bearer <token>');
    const principal = await authenticate(m[1]!);
    if (!principal.scopes.has(scope)) {
      throw new AppError('forbidden', `this route needs a token with scope "${scope}"`);
    }
    // A personal key reads and nothing else. Refusing here, by method, covers every route,
    // including routes added later, without each one remembering to check how the caller signed in.
    if (principal.via === 'api-key' && !READ_METHODS.has(req.method)) {
      throw new AppError('forbidden', 'API keys are read-only: this needs the user token');
    }
    // An operator's view of a user reads, and changes nothing (issue 18's user lookup).
    if (principal.readOnly && !READ_METHODS.has(req.method)) {
      throw new AppError('forbidden', "an operator's view of a user is read-only");
    }
    req.principal = principal;
  };
}

/** The user whose data a read request may see: always the token's subject. */
export function callerId(req: FastifyRequest): string {
  if (!req.principal) throw new AppError('unauthorized', 'not authenticated');
  return req.principal.subject;
}
