import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { alertSettingsSchema, getAlerts, updateAlertSettings } from '../../services/alerts.js';
import type { ServiceContext } from '../../services/context.js';
import { callerId } from '../auth.js';
import { parse } from '../parse.js';

/** The caller's limit alerts and their settings. */
export function alertRoutes(app: FastifyInstance, ctx: ServiceContext) {
  app.get('/api/usage/alerts', { config: { scope: 'read' } }, async (req) => {
    parse(z.strictObject({}), req.query, 'query');
    return getAlerts({ ctx, input: { userId: callerId(req) } });
  });
  app.put('/api/usage/alerts', { config: { scope: 'read' } }, async (req) =>
    updateAlertSettings({
      ctx,
      input: { userId: callerId(req), patch: parse(alertSettingsSchema, req.body, 'body') },
    }),
  );
}
