import type { FastifyInstance, FastifyRequest } from 'fastify';
import { analyticsContracts as C } from '../../contracts/analytics.js';
import type { ServiceContext } from '../../services/context.js';
import { analysisCost } from '../../services/get-analysis.js';
import { getAnalytics, getInsights } from '../../services/get-analytics.js';
import { JsonText } from '../../services/json-text.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';
import { sendJsonText } from '../json-reply.js';

/** Analytics views and insights of the caller. */
export function analyticsRoutes(app: FastifyInstance, ctx: ServiceContext) {
  // An analysis that must be computed is charged as its CPU time in cached reads; a bad query
  // costs 1 and is refused by validation. (The charge comes before validation, so it reads the
  // raw query with the same schema.)
  const cost = (schema: typeof C.insights.querystring | typeof C.analytics.querystring) => {
    return async (req: FastifyRequest) => {
      const q = schema.safeParse(req.query);
      if (!q.success || ('type' in q.data && q.data.type === 'peers')) return 1;
      return analysisCost({ ctx, input: { userId: callerId(req), tz: q.data.tz } });
    };
  };
  contractRoute(
    app,
    C.analytics,
    async (req, reply) => {
      const result = await getAnalytics({
        ctx,
        input: { userId: callerId(req), query: req.query },
      });
      if (result instanceof JsonText) return sendJsonText(req, reply, result);
      return result;
    },
    { cost: cost(C.analytics.querystring) },
  );
  contractRoute(
    app,
    C.insights,
    async (req) =>
      getInsights({
        ctx,
        input: { userId: callerId(req), tz: req.query.tz, lang: req.query.lang },
      }),
    { cost: cost(C.insights.querystring) },
  );
}
