import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  apiKeyNameSchema,
  createApiKey,
  listApiKeys,
  revokeApiKey,
} from '../../services/api-keys.js';
import type { ServiceContext } from '../../services/context.js';
import { AppError } from '../../services/errors.js';
import { callerId } from '../auth.js';
import { parse } from '../parse.js';

const params = z.strictObject({ id: z.string().max(64) });

// Keys are managed with the user's own sign-in token: a leaked key cannot mint more keys.
function userWithToken(req: FastifyRequest): string {
  if (req.principal?.via !== 'jwt')
    throw new AppError('forbidden', 'API keys are managed with a user token, not a key');
  return callerId(req);
}

/** Personal API keys: create (shown once), list, revoke. */
export function keyRoutes(app: FastifyInstance, ctx: ServiceContext) {
  app.post('/api/keys', { config: { scope: 'read' } }, async (req, reply) => {
    const { name } = parse(apiKeyNameSchema, req.body ?? {}, 'body');
    return reply
      .status(201)
      .send(await createApiKey({ ctx, input: { userId: userWithToken(req), name } }));
  });
  app.get('/api/keys', { config: { scope: 'read' } }, async (req) => {
    parse(z.strictObject({}), req.query, 'query');
    return { keys: await listApiKeys({ ctx, input: { userId: userWithToken(req) } }) };
  });
  app.delete('/api/keys/:id', { config: { scope: 'read' } }, async (req, reply) => {
    const { id } = parse(params, req.params, 'path');
    await revokeApiKey({ ctx, input: { userId: userWithToken(req), keyId: id } });
    return reply.status(204).send();
  });
}
