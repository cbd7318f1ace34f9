import type { FastifyInstance } from 'fastify';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Usage Insights</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; line-height: 1.5">
<h1>Usage Insights</h1>
<p>The API is running. Every <code>/api</code> route needs <code>Authorization: Bearer &lt;token&gt;</code>;
mint one with <code>npx usage-insights token --user demo-01</code>.</p>
<ul>
<li><code>GET /api/usage/history?period=30d&amp;groupBy=day</code></li>
<li><code>GET /api/usage/current</code></li>
<li><code>POST /api/usage/events</code> (service token)</li>
<li><code>PUT /api/users/:id</code> (service token)</li>
<li><a href="/healthz">/healthz</a></li>
</ul></body></html>`;

/** Health check and the landing page. */
export function homeRoutes(app: FastifyInstance, health: () => Promise<unknown>) {
  app.get('/healthz', async () => health());
  app.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
}
