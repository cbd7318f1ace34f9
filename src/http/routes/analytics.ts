import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isValidZone } from '../../domain/calendar.js';
import type { ServiceContext } from '../../services/context.js';
import { analyticsQuerySchema, getAnalytics, getInsights } from '../../services/get-analytics.js';
import { JsonText } from '../../services/json-text.js';
import { callerId } from '../auth.js';
import { sendJsonText } from '../json-reply.js';
import { parse } from '../parse.js';

export const insightsQuerySchema = z.strictObject({
  tz: z
    .string()
    .max(64)
    .refine(isValidZone, 'must be an IANA time zone such as Europe/Berlin')
    .optional(),
});

/** Analytics views and insights of the caller. */
export function analyticsRoutes(app: FastifyInstance, ctx: ServiceContext) {
  app.get('/api/usage/analytics', { config: { scope: 'read' } }, async (req, reply) => {
    const result = await getAnalytics({
      ctx,
      input: { userId: callerId(req), query: parse(analyticsQuerySchema, req.query, 'query') },
    });
    if (result instanceof JsonText) return sendJsonText(req, reply, result);
    return result;
  });
  app.get('/api/usage/insights', { config: { scope: 'read' } }, async (req) =>
    getInsights({
      ctx,
      input: { userId: callerId(req), tz: parse(insightsQuerySchema, req.query, 'query').tz },
    }),
  );
}
