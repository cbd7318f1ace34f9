import type { FastifyInstance } from 'fastify';
import { operatorContracts as C } from '../../contracts/operator.js';
import type { ServiceContext } from '../../services/context.js';
import { listUsers } from '../../services/list-users.js';
import { setUser } from '../../services/set-user.js';
import { contractRoute } from '../contract-route.js';

/** Service routes the platform uses to describe its users. */
export function userRoutes(app: FastifyInstance, ctx: ServiceContext) {
  contractRoute(app, C.setUser, async (req) => {
    const user = await setUser({ ctx, input: { userId: req.params.id, patch: req.body } });
    return { id: user.userId, email: user.email, timeZone: user.timeZone, plan: user.planName };
  });
  contractRoute(app, C.listUsers, async () => ({ users: await listUsers({ ctx, input: {} }) }));
}
