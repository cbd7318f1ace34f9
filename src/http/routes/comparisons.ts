import type { FastifyInstance } from 'fastify';
import { comparisonContracts as C } from '../../contracts/comparisons.js';
import type { ServiceContext } from '../../services/context.js';
import { getComparisons } from '../../services/get-comparisons.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';

/** The caller's comparison views over a range: year over year, annual totals, month over month, seasonality, weekly trend. */
export function comparisonRoutes(app: FastifyInstance, ctx: ServiceContext) {
  contractRoute(app, C.comparisons, async (req) =>
    getComparisons({ ctx, input: { userId: callerId(req), query: req.query } }),
  );
}
