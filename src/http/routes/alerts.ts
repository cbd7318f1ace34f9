import type { FastifyInstance } from 'fastify';
import { accountContracts as C } from '../../contracts/account.js';
import { getAlerts, updateAlertSettings } from '../../services/alerts.js';
import type { ServiceContext } from '../../services/context.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';

/** The caller's limit alerts and their settings. */
export function alertRoutes(app: FastifyInstance, ctx: ServiceContext) {
  contractRoute(app, C.alerts, async (req) => getAlerts({ ctx, input: { userId: callerId(req) } }));
  contractRoute(app, C.updateAlerts, async (req) =>
    updateAlertSettings({ ctx, input: { userId: callerId(req), patch: req.body } }),
  );
}
