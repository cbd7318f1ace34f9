import type { FastifyInstance } from 'fastify';
import { usageContracts as C } from '../../contracts/usage.js';
import type { ServiceContext } from '../../services/context.js';
import { getCurrent } from '../../services/get-current.js';
import { getHistory } from '../../services/get-history.js';
import { ingestEvents } from '../../services/ingest-events.js';
import { queueEvents } from '../../services/queue-events.js';
import { jsonOnce } from '../../services/json-text.js';
import { listEvents } from '../../services/list-events.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';
import { sendJsonText } from '../json-reply.js';

/** Ingestion, history, month-to-date and raw event routes. */
export function usageRoutes(app: FastifyInstance, ctx: ServiceContext) {
  contractRoute(app, C.ingest, async (req, reply) => {
    if (!ctx.eventStream) return ingestEvents({ ctx, input: { body: req.body } });
    // Taken by the stream: stored durably, in the database shortly.
    const queued = await queueEvents({ ctx, input: { body: req.body } });
    reply.status(202);
    return queued;
  });
  contractRoute(app, C.history, async (req, reply) => {
    const history = await getHistory({ ctx, input: { userId: callerId(req), query: req.query } });
    return sendJsonText(req, reply, jsonOnce(history));
  });
  contractRoute(app, C.current, async (req) =>
    getCurrent({ ctx, input: { userId: callerId(req), tz: req.query.tz } }),
  );
  contractRoute(app, C.events, async (req) =>
    listEvents({ ctx, input: { userId: callerId(req), query: req.query } }),
  );
}
