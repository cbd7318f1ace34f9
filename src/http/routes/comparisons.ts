import type { FastifyInstance, FastifyRequest } from 'fastify';
import { comparisonContracts as C } from '../../contracts/comparisons.js';
import type { ServiceContext } from '../../services/context.js';
import { getComparisons } from '../../services/get-comparisons.js';
import { comparisonsCharge } from '../../services/read-charges.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';

/** The caller's comparison views over a range: year over year, annual totals, month over month, seasonality, weekly trend. */
export function comparisonRoutes(app: FastifyInstance, ctx: ServiceContext) {
  // Charged by the range it computes (read-charges.ts); a query that fails validation costs 1.
  const cost = (req: FastifyRequest) => {
    const q = C.comparisons.querystring.safeParse(req.query);
    return q.success ? comparisonsCharge({ ctx, input: { query: q.data } }) : 1;
  };
  contractRoute(
    app,
    C.comparisons,
    async (req) => getComparisons({ ctx, input: { userId: callerId(req), query: req.query } }),
    { cost },
  );
}
