// Serves the dashboard's Vite build: hashed assets cached for a year and sent precompressed
// (brotli or gzip, made at build time), index.html for every other
// page path (the app routes in the browser). The security headers and the CSP of every response
// come from security-headers.ts; pages add only what is specific to them.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build:web` writes the app. */
export const WEB_ROOT = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

const HTML_HEADERS = {
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cache-control': 'no-cache',
};

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Usage Insights</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>Usage Insights</h1>
<p>The API is running, but the dashboard is not built. Run <code>npm run build:web</code>
(<code>npm start</code> does it for you) and reload.</p>
<p><a href="/healthz">/healthz</a></p></body></html>`;

function sendHtml(reply: FastifyReply, html: string | Buffer) {
  return reply.headers(HTML_HEADERS).type('text/html; charset=utf-8').send(html);
}

/** The dashboard at `/` and every non-API page path; `root` defaults to dist/web. */
export function webRoutes(app: FastifyInstance, opts: { root?: string } = {}) {
  const root = opts.root ?? WEB_ROOT;
  const index = join(root, 'index.html');
  app.register(async (web) => {
    if (!existsSync(index)) {
      web.get('/', async (_req, reply) => sendHtml(reply.status(503), NOT_BUILT));
      return;
    }
    // Vite names assets by content hash, so a name never changes meaning: cache for a year.
    // The build writes .br and .gz beside each asset (vite.config.ts): sent as the browser accepts.
    await web.register(fastifyStatic, {
      root: join(root, 'assets'),
      prefix: '/assets/',
      maxAge: '365d',
      immutable: true,
      index: false,
      preCompressed: true,
    });
    const page = async (path: string, reply: FastifyReply) => {
      if (path.startsWith('/api/') || path.startsWith('/assets/')) return reply.callNotFound();
      const name = basename(path);
      if (/\.[a-z0-9]+$/i.test(name)) {
        // Top-level files of public/ (favicon): short cache, unhashed names.
        if (path !== `/${name}` || name === 'index.html' || !existsSync(join(root, name))) {
          return reply.callNotFound();
        }
        return reply.header('cache-control', 'public, max-age=86400').sendFile(name, root);
      }
      return sendHtml(reply, await readFile(index));
    };
    web.get('/', async (_req, reply) => page('/', reply));
    web.get('/*', async (req, reply) => page(req.url.split('?')[0] ?? '/', reply));
  });
}
