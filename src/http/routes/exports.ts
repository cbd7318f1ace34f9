import type { FastifyInstance } from 'fastify';
import { exportData, exportQuerySchema } from '../../reports/export-usage.js';
import type { ServiceContext } from '../../services/context.js';
import { ExportSlots } from '../../services/export-slots.js';
import { eventsQuerySchema, listEvents } from '../../services/list-events.js';
import { callerId } from '../auth.js';
import { parse } from '../parse.js';

/** Raw events with cursor pagination, and file exports. */
export function exportRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const slots = ctx.exportSlots ?? new ExportSlots();
  app.get('/api/usage/events', { config: { scope: 'read' } }, async (req) =>
    listEvents({
      ctx,
      input: { userId: callerId(req), query: parse(eventsQuerySchema, req.query, 'query') },
    }),
  );
  app.get('/api/usage/export', { config: { scope: 'read' } }, async (req, reply) => {
    const query = parse(exportQuerySchema, req.query, 'query');
    // The slot is held until the response is over: generated, streamed (raw events) or refused,
    // read to the end by the client or cut off.
    reply.raw.once('close', slots.take(callerId(req)));
    const file = await exportData(ctx, callerId(req), query);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'no-store')
      .send(file.body);
  });
}
