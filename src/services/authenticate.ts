import type { ServiceContext } from './context.js';
import { authenticateApiKey, isApiKey } from './api-keys.js';
import { createVerifier, type Principal, type TokenConfig } from './tokens.js';

/** One authenticator for bearer values: personal API keys and JWTs (user or service). */
export function createAuthenticator(
  ctx: ServiceContext,
  cfg: TokenConfig,
): (bearer: string) => Promise<Principal> {
  const verifyJwt = createVerifier(cfg, ctx.now);
  return (bearer) =>
    isApiKey(bearer) ? authenticateApiKey({ ctx, input: { key: bearer } }) : verifyJwt(bearer);
}
