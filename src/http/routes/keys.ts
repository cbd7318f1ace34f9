import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accountContracts as C } from '../../contracts/account.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../../services/api-keys.js';
import type { ServiceContext } from '../../services/context.js';
import { AppError } from '../../services/errors.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';

// Keys are managed with the user's own sign-in token: a leaked key cannot mint more keys.
function userWithToken(req: FastifyRequest): string {
  if (req.principal?.via !== 'jwt')
    throw new AppError('forbidden', 'API keys are managed with a user token, not a key');
  return callerId(req);
}

/** Personal API keys: create (shown once), list, revoke. */
export function keyRoutes(app: FastifyInstance, ctx: ServiceContext) {
  contractRoute(app, C.createKey, async (req) =>
    createApiKey({ ctx, input: { userId: userWithToken(req), name: req.body.name } }),
  );
  contractRoute(app, C.listKeys, async (req) => ({
    keys: await listApiKeys({ ctx, input: { userId: userWithToken(req) } }),
  }));
  contractRoute(app, C.revokeKey, async (req, reply) => {
    await revokeApiKey({ ctx, input: { userId: userWithToken(req), keyId: req.params.id } });
    return reply.send();
  });
}
