import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { timeZoneSchema } from '../../domain/zones.js';
import type { ServiceContext } from '../../services/context.js';
import { analysisCost } from '../../services/get-analysis.js';
import { analyticsQuerySchema, getAnalytics, getInsights } from '../../services/get-analytics.js';
import { JsonText } from '../../services/json-text.js';
import { callerId } from '../auth.js';
import { sendJsonText } from '../json-reply.js';
import { parse } from '../parse.js';

export const insightsQuerySchema = z.strictObject({
  tz: timeZoneSchema.optional(),
});

/** Analytics views and insights of the caller. */
export function analyticsRoutes(app: FastifyInstance, ctx: ServiceContext) {
  // An analysis that must be computed is charged as its CPU time in cached reads; a bad query
  // costs 1 and is refused by the handler.
  const cost = (schema: typeof insightsQuerySchema | typeof analyticsQuerySchema) => {
    return async (req: FastifyRequest) => {
      const q = schema.safeParse(req.query);
      if (!q.success || ('type' in q.data && q.data.type === 'peers')) return 1;
      return analysisCost({ ctx, input: { userId: callerId(req), tz: q.data.tz } });
    };
  };
  const analyticsConfig = { scope: 'read' as const, cost: cost(analyticsQuerySchema) };
  app.get('/api/usage/analytics', { config: analyticsConfig }, async (req, reply) => {
    const result = await getAnalytics({
      ctx,
      input: { userId: callerId(req), query: parse(analyticsQuerySchema, req.query, 'query') },
    });
    if (result instanceof JsonText) return sendJsonText(req, reply, result);
    return result;
  });
  const insightsConfig = { scope: 'read' as const, cost: cost(insightsQuerySchema) };
  app.get('/api/usage/insights', { config: insightsConfig }, async (req) =>
    getInsights({
      ctx,
      input: { userId: callerId(req), tz: parse(insightsQuerySchema, req.query, 'query').tz },
    }),
  );
}
