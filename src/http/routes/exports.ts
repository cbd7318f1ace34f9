import type { FastifyInstance, FastifyRequest } from 'fastify';
import { exportContracts as C } from '../../contracts/exports.js';
import type { ServiceContext } from '../../services/context.js';
import { ExportSlots } from '../../services/export-slots.js';
import { exportUsage } from '../../services/export-usage.js';
import { exportCharge } from '../../services/read-charges.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';

/** File exports of the caller's usage. */
export function exportRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const slots = ctx.exportSlots ?? new ExportSlots();
  // A PDF is rendered afresh each time: charged as the work it is (read-charges.ts).
  const cost = (req: FastifyRequest) => {
    const q = C.export.querystring.safeParse(req.query);
    return q.success ? exportCharge({ ctx, input: { query: q.data } }) : 1;
  };
  contractRoute(
    app,
    C.export,
    async (req, reply) => {
      // The slot is held until the response is over: generated, streamed (raw events) or refused,
      // read to the end by the client or cut off.
      reply.raw.once('close', slots.take(callerId(req)));
      const file = await exportUsage({ ctx, input: { userId: callerId(req), query: req.query } });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
    { cost },
  );
}
