// GET /metrics for Prometheus: open when served on its own port, else only with the metrics token.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export interface MetricsSource {
  contentType: string;
  text(): Promise<string>;
  /** When set, the scraper must send `Authorization: Bearer <token>`. */
  token?: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Registers GET /metrics on app. */
export function metricsRoute(app: FastifyInstance, source: MetricsSource) {
  const want = source.token ? digest(source.token) : null;
  app.get('/metrics', async (req, reply) => {
    if (want) {
      const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
      // Compared as digests: equal length, constant time.
      if (!m || !timingSafeEqual(digest(m[1]!), want)) {
        return reply
          .status(401)
          .header('www-authenticate', 'Bearer')
          .send({
            error: {
              code: 'unauthorized',
              message: 'metrics need Authorization: Bearer <METRICS_TOKEN>',
              issues: [],
              requestId: req.id,
            },
          });
      }
    }
    reply.header('cache-control', 'no-store').type(source.contentType);
    return source.text();
  });
}
