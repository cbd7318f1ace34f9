import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { userIdSchema } from '../../domain/events.js';
import type { ServiceContext } from '../../services/context.js';
import { listUsers } from '../../services/list-users.js';
import { setUser, userPatchSchema } from '../../services/set-user.js';
import { parse } from '../parse.js';

const params = z.strictObject({ id: userIdSchema });

/** Service routes the platform uses to describe its users. */
export function userRoutes(app: FastifyInstance, ctx: ServiceContext) {
  app.put('/api/users/:id', { config: { scope: 'ingest' } }, async (req) => {
    const { id } = parse(params, req.params, 'path');
    const user = await setUser({
      ctx,
      input: { userId: id, patch: parse(userPatchSchema, req.body, 'body') },
    });
    return { id: user.userId, email: user.email, timeZone: user.timeZone, plan: user.planName };
  });
  app.get('/api/users', { config: { scope: 'ingest' } }, async () => ({
    users: await listUsers({ ctx, input: {} }),
  }));
}
