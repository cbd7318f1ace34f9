import type { FastifyInstance } from 'fastify';
import { operatorContracts as C } from '../../contracts/operator.js';
import type { ServiceContext } from '../../services/context.js';
import { createDemoSession, listDemoUsers } from '../../services/demo-session.js';
import type { TokenConfig } from '../../services/tokens.js';
import { contractRoute } from '../contract-route.js';

/** Demo mode only (`npm start`): list the demo users and sign in as one, without a token. */
export function demoRoutes(app: FastifyInstance, ctx: ServiceContext, tokens: TokenConfig) {
  contractRoute(app, C.demoUsers, async () => ({
    users: await listDemoUsers({ ctx, input: {} }),
  }));
  contractRoute(app, C.demoSession, async (req) =>
    createDemoSession({ ctx, input: { userId: req.body.userId, tokens } }),
  );
}
