// The host app's backend: serves the built app (dist/) and proxies /insights/* to the Usage
// Insights server, adding the user's read token there, so the component's fetcher never sees it.
//   USAGE_INSIGHTS_URL=http://127.0.0.1:8080 USAGE_INSIGHTS_TOKEN=$(npx usage-insights token --user demo-01) \
//   PORT=5174 node server.mjs        # then open http://localhost:5174
// A real platform mints the token per signed-in user (usage-insights token, or its own JWT signer).
/* global fetch */
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import process from 'node:process';

const upstream = (process.env.USAGE_INSIGHTS_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const token = process.env.USAGE_INSIGHTS_TOKEN ?? '';
const port = Number(process.env.PORT ?? 5174);
const dist = join(import.meta.dirname, 'dist');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const PASSED = ['content-type', 'content-disposition', 'etag', 'retry-after', 'cache-control'];

async function proxy(req, res) {
  // Only the API, and only the methods the dashboard uses; the browser's own headers stay here.
  const path = req.url.slice('/insights'.length);
  if (!path.startsWith('/api/') || !['GET', 'POST', 'PUT', 'DELETE'].includes(req.method)) {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const answer = await fetch(`${upstream}${path}`, {
    method: req.method,
    headers: {
      accept: req.headers.accept ?? 'application/json',
      authorization: `Bearer ${token}`,
      ...(req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {}),
    },
    body: chunks.length ? Buffer.concat(chunks) : undefined,
  });
  const headers = {};
  for (const h of PASSED) if (answer.headers.has(h)) headers[h] = answer.headers.get(h);
  res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
}

function serveFile(req, res) {
  const path = normalize(decodeURIComponent(req.url.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  let file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file) || !extname(file))
    file = join(dist, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}

createServer((req, res) => {
  if (req.url.startsWith('/insights/')) {
    proxy(req, res).catch((e) => res.writeHead(502).end(String(e)));
  } else if (req.url === '/config.json') {
    // For the token and iframe examples only: they put a (short-lived) read token in the page.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ insightsUrl: upstream, browserToken: token }));
  } else {
    serveFile(req, res);
  }
}).listen(port, '127.0.0.1', () => console.log(`host app listening on http://localhost:${port}`));
