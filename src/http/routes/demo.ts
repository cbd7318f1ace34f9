import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../services/context.js';
import {
  createDemoSession,
  demoSessionSchema,
  listDemoUsers,
} from '../../services/demo-session.js';
import type { TokenConfig } from '../../services/tokens.js';
import { parse } from '../parse.js';

/** Demo mode only (`npm start`): list the demo users and sign in as one, without a token. */
export function demoRoutes(app: FastifyInstance, ctx: ServiceContext, tokens: TokenConfig) {
  app.get('/api/demo/users', async () => ({ users: await listDemoUsers({ ctx, input: {} }) }));
  app.post('/api/demo/session', async (req) =>
    createDemoSession({
      ctx,
      input: { userId: parse(demoSessionSchema, req.body, 'body').userId, tokens },
    }),
  );
}
