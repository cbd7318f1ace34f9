import type { FastifyInstance } from 'fastify';
import { adminContracts as C } from '../../contracts/admin.js';
import type { ServiceContext } from '../../services/context.js';
import { getOpsHealth } from '../../services/ops-health.js';
import { getOperatorLists, operatorListCsv } from '../../services/operator-lists.js';
import { operatorViewToken } from '../../services/operator-view.js';
import { getSuccessMetrics } from '../../services/success-metrics.js';
import type { TokenConfig } from '../../services/tokens.js';
import { contractRoute } from '../contract-route.js';

/** The operator console's routes (service scope); `tokens` signs a user's read-only view. */
export function consoleRoutes(app: FastifyInstance, ctx: ServiceContext, tokens?: TokenConfig) {
  contractRoute(app, C.successMetrics, async (req) =>
    getSuccessMetrics({ ctx, input: { month: req.query.month, lang: req.query.lang } }),
  );
  contractRoute(app, C.operatorLists, async () => getOperatorLists({ ctx, input: {} }));
  contractRoute(app, C.operatorListCsv, async (req, reply) => {
    const csv = await operatorListCsv({ ctx, input: { list: req.params.list } });
    const day = new Date(ctx.now()).toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="usage-insights-${req.params.list}-${day}.csv"`,
      )
      .send(csv);
  });
  contractRoute(app, C.opsHealth, async () => getOpsHealth({ ctx, input: {} }));
  contractRoute(app, C.viewUser, async (req) =>
    operatorViewToken({ ctx, input: { userId: req.params.id, tokens } }),
  );
}
