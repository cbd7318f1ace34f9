import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isValidZone } from '../../domain/calendar.js';
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
  tz: z
    .string()
    .max(64)
    .refine(isValidZone, 'must be an IANA time zone such as Europe/Berlin')
    .optional(),
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
