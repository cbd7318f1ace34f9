// Embedding in the platform's apps, allowed only for the origins in EMBED_ALLOWED_ORIGINS:
// - /embed?origin=<host origin> (the iframe page) may be framed by that origin, if listed:
//   its CSP names it in frame-ancestors and X-Frame-Options is dropped. Any other origin, no
//   origin, or an empty list: the app's policy stays (frame-ancestors 'none', DENY).
// - /api/* answers CORS requests from those origins (the <UsageHistory> component with a token
//   and a baseUrl on another origin); other origins get no CORS headers, so browsers refuse.
// - /embed.js (the host's sizing script) may be loaded by any page (it reads nothing private).
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSP_DIRECTIVES } from './security-headers.js';

/** The CSP of the app with framing allowed for one origin. */
export function cspFramedBy(origin: string): string {
  const d = { ...CSP_DIRECTIVES, 'frame-ancestors': [origin] };
  return Object.entries(d)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join(';');
}

const pathOf = (req: FastifyRequest) => req.url.split('?')[0];

/** The host origin an /embed request names, if the operator allowed it. */
function allowedFramer(req: FastifyRequest, origins: string[]): string | null {
  const named = (req.query as { origin?: unknown } | undefined)?.origin;
  return typeof named === 'string' && origins.includes(named) ? named : null;
}

/** Registers CORS and framing for the allowed origins (nothing changes without any). */
export function embedSupport(app: FastifyInstance, origins: string[]) {
  app.addHook('onSend', async (req, reply, payload) => {
    const path = pathOf(req);
    if (path === '/embed.js') reply.header('cross-origin-resource-policy', 'cross-origin');
    if (path !== '/embed' || reply.statusCode !== 200) return payload;
    const framer = allowedFramer(req, origins);
    if (framer) {
      reply.header('content-security-policy', cspFramedBy(framer));
      reply.removeHeader('x-frame-options');
    }
    return payload;
  });
  if (!origins.length) return;
  void app.register(cors, {
    // Only the API, and only for the listed origins; no cookies are involved (bearer tokens).
    delegator: (req, cb) =>
      cb(
        null,
        pathOf(req as FastifyRequest)?.startsWith('/api/') ? API_CORS(origins) : { origin: false },
      ),
  });
}

const API_CORS = (origins: string[]) => ({
  origin: origins,
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
  // if-none-match: the live dashboard's polls ask with the last ETag (a 304 when unchanged).
  allowedHeaders: ['authorization', 'content-type', 'accept', 'if-none-match'],
  exposedHeaders: ['content-disposition', 'retry-after', 'x-request-id', 'etag'],
  credentials: false,
  maxAge: 600,
});
