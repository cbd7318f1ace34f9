// Request logs without secrets: sign-in links (/?token=...) and unsubscribe links carry tokens in
// the query string, so the log keeps each request's path and parameter names, never their values.
import type { FastifyRequest } from 'fastify';

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,39}$/;

/** The URL with every query value replaced by [redacted] (and odd parameter names too). */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const names = url
    .slice(q + 1)
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      const name = eq < 0 ? '' : p.slice(0, eq);
      return NAME.test(name) ? `${name}=[redacted]` : '[redacted]';
    });
  return `${url.slice(0, q)}?${names.join('&')}`;
}

/** What the log records of a request (pino serializer): Fastify's default fields, URL redacted. */
export function requestLogFields(req: FastifyRequest) {
  return {
    method: req.method,
    url: redactUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}
