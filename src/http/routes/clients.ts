import type { FastifyInstance } from 'fastify';
import { clientContracts as C } from '../../contracts/clients.js';
import { getClientHours } from '../../services/client-hours.js';
import type { ServiceContext } from '../../services/context.js';
import { getTopClients } from '../../services/top-clients.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';

/** Usage by client: top clients with shares, and a metric by client and hour. */
export function clientRoutes(app: FastifyInstance, ctx: ServiceContext) {
  contractRoute(app, C.topClients, async (req) =>
    getTopClients({ ctx, input: { userId: callerId(req), query: req.query } }),
  );
  contractRoute(app, C.clientHours, async (req) =>
    getClientHours({ ctx, input: { userId: callerId(req), query: req.query } }),
  );
}
