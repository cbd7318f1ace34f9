import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceContext } from '../../services/context.js';
import { invalid } from '../../services/errors.js';
import { pendingRollups, requestRebuild } from '../../services/rebuild-rollups.js';
import { cacheStats } from '../../services/caches.js';
import { parse } from '../parse.js';

const rebuildBody = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

/** Operator routes (service scope) that let the CLI work through a running server. */
export function adminRoutes(app: FastifyInstance, ctx: ServiceContext) {
  app.post('/api/admin/rollups/rebuild', { config: { scope: 'ingest' } }, async (req) => {
    const b = parse(rebuildBody, req.body, 'body');
    const from = b.from ? Date.parse(b.from) : undefined;
    const to = b.to ? Date.parse(b.to) : undefined;
    if (from !== undefined && to !== undefined && from >= to)
      throw invalid('from', 'must be before to');
    return requestRebuild({ ctx, input: { from, to } });
  });
  // Hit counts of this process's caches since it started, for benchmarks and operators.
  app.get('/api/admin/caches', { config: { scope: 'ingest' } }, async () => cacheStats(ctx));
  app.get('/api/admin/rollups', { config: { scope: 'ingest' } }, async () =>
    pendingRollups({ ctx, input: {} }),
  );
}
