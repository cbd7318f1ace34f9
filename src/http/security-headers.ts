// Security headers on every response (API, pages, errors, 404s) through @fastify/helmet, with
// the dashboard's strict Content-Security-Policy as the policy for all of them.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** The app passes with no inline script or style: every script, style and font comes from here. */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Registers the headers for every route of the app, including ones registered later. */
export function securityHeaders(app: FastifyInstance) {
  void app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Only browsers on https honour it; subdomains are the operator's to decide, not ours.
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
  });
  // An answer to a request with credentials is the caller's own: no shared cache may keep it.
  // Routes that revalidate with an ETag (history, clients) or stream files set their own.
  app.addHook('onSend', async (req, reply) => {
    if (req.headers.authorization !== undefined && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'private, no-store');
  });
}
