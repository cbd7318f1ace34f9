import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { timeZoneSchema } from '../../domain/zones.js';
import { historyQuerySchema } from '../../domain/history-query.js';
import type { ServiceContext } from '../../services/context.js';
import { getCurrent } from '../../services/get-current.js';
import { getHistory } from '../../services/get-history.js';
import { ingestEvents } from '../../services/ingest-events.js';
import { jsonOnce } from '../../services/json-text.js';
import { callerId } from '../auth.js';
import { sendJsonText } from '../json-reply.js';
import { parse } from '../parse.js';

const currentQuery = z.strictObject({
  tz: timeZoneSchema.optional(),
});

/** Ingestion, history and month-to-date routes. */
export function usageRoutes(app: FastifyInstance, ctx: ServiceContext) {
  app.post('/api/usage/events', { config: { scope: 'ingest' } }, async (req) =>
    ingestEvents({ ctx, input: { body: req.body } }),
  );
  app.get('/api/usage/history', { config: { scope: 'read' } }, async (req, reply) => {
    const history = await getHistory({
      ctx,
      input: { userId: callerId(req), query: parse(historyQuerySchema, req.query, 'query') },
    });
    return sendJsonText(req, reply, jsonOnce(history));
  });
  app.get('/api/usage/current', { config: { scope: 'read' } }, async (req) =>
    getCurrent({
      ctx,
      input: { userId: callerId(req), tz: parse(currentQuery, req.query, 'query').tz },
    }),
  );
}
