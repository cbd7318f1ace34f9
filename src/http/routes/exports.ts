import type { FastifyInstance } from 'fastify';
import { exportData, exportQuerySchema, withExportSlot } from '../../reports/export-usage.js';
import type { ServiceContext } from '../../services/context.js';
import { eventsQuerySchema, listEvents } from '../../services/list-events.js';
import { callerId } from '../auth.js';
import { parse } from '../parse.js';

/** Raw events with cursor pagination, and file exports. */
export function exportRoutes(app: FastifyInstance, ctx: ServiceContext) {
  app.get('/api/usage/events', { config: { scope: 'read' } }, async (req) =>
    listEvents({
      ctx,
      input: { userId: callerId(req), query: parse(eventsQuerySchema, req.query, 'query') },
    }),
  );
  app.get('/api/usage/export', { config: { scope: 'read' } }, async (req, reply) => {
    const query = parse(exportQuerySchema, req.query, 'query');
    const userId = callerId(req);
    return withExportSlot(userId, async (release) => {
      const file = await exportData(ctx, userId, query, release);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    });
  });
}
