import type { FastifyInstance } from 'fastify';
import { clientContracts as C } from '../../contracts/clients.js';
import { getClientHours } from '../../services/client-hours.js';
import type { ServiceContext } from '../../services/context.js';
import { getTopClients } from '../../services/top-clients.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';
import { sendJsonText } from '../json-reply.js';
import { JsonText } from '../../services/json-text.js';

/** Usage by client: top clients with shares, and a metric by client and hour. */
export function clientRoutes(app: FastifyInstance, ctx: ServiceContext) {
  // With an entity tag, as history: the dashboard polls and gets 304 while nothing changed.
  contractRoute(app, C.topClients, async (req, reply) => {
    const top = await getTopClients({ ctx, input: { userId: callerId(req), query: req.query } });
    return sendJsonText(req, reply, new JsonText(JSON.stringify(top)));
  });
  contractRoute(app, C.clientHours, async (req, reply) => {
    const hours = await getClientHours({ ctx, input: { userId: callerId(req), query: req.query } });
    return sendJsonText(req, reply, new JsonText(JSON.stringify(hours)));
  });
}
