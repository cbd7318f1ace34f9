import type { FastifyInstance } from 'fastify';
import { operatorContracts as C } from '../../contracts/operator.js';
import { cacheStats } from '../../services/caches.js';
import type { ServiceContext } from '../../services/context.js';
import { invalid } from '../../services/errors.js';
import { pendingRollups, requestRebuild } from '../../services/rebuild-rollups.js';
import { contractRoute } from '../contract-route.js';
import { refusal } from '../../domain/i18n/reasons.js';

/** Operator routes (service scope) that let the CLI work through a running server. */
export function adminRoutes(app: FastifyInstance, ctx: ServiceContext) {
  contractRoute(app, C.rebuild, async (req) => {
    const b = req.body;
    const from = b.from ? Date.parse(b.from) : undefined;
    const to = b.to ? Date.parse(b.to) : undefined;
    if (from !== undefined && to !== undefined && from >= to)
      throw invalid('from', refusal('beforeTo'));
    return requestRebuild({ ctx, input: { from, to } });
  });
  // Hit counts of this process's caches since it started, for benchmarks and operators.
  contractRoute(app, C.caches, async () => cacheStats(ctx));
  contractRoute(app, C.pendingRollups, async () => pendingRollups({ ctx, input: {} }));
}
