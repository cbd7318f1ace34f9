import type { FastifyInstance, FastifyRequest } from 'fastify';
import { costContracts as C } from '../../contracts/cost.js';
import type { ServiceContext } from '../../services/context.js';
import { costViewCharge, getCost } from '../../services/get-cost.js';
import { getFeatures } from '../../services/get-features.js';
import { featuresCharge } from '../../services/read-charges.js';
import { setBudget } from '../../services/set-budget.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';

/** The caller's cost, spend budget and feature use. */
export function costRoutes(app: FastifyInstance, ctx: ServiceContext) {
  // The projected bill reads the forecast: charged like the analytics routes when it must be computed.
  const cost = async (req: FastifyRequest) => {
    const q = C.cost.querystring.safeParse(req.query);
    if (!q.success) return 1;
    return costViewCharge({ ctx, input: { userId: callerId(req), tz: q.data.tz } });
  };
  contractRoute(
    app,
    C.cost,
    async (req) => getCost({ ctx, input: { userId: callerId(req), tz: req.query.tz } }),
    { cost },
  );
  contractRoute(app, C.updateBudget, async (req) =>
    setBudget({ ctx, input: { userId: callerId(req), body: req.body } }),
  );
  // Feature use in another zone than the user's reads raw rows: charged as it costs.
  const featuresCost = async (req: FastifyRequest) => {
    const q = C.features.querystring.safeParse(req.query);
    if (!q.success) return 1;
    return featuresCharge({ ctx, input: { userId: callerId(req), tz: q.data.tz } });
  };
  contractRoute(
    app,
    C.features,
    async (req) =>
      getFeatures({
        ctx,
        input: { userId: callerId(req), tz: req.query.tz, lang: req.query.lang },
      }),
    { cost: featuresCost },
  );
}
