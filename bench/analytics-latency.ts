// Analytics latency on the 10M-row benchmark database: the first call per user computes the
// analysis (timed), repeated calls are served from the cache per data version (autocannon, 32
// connections, random users). Run bench/load-history.ts first.
//   npx tsx bench/analytics-latency.ts [--users 40] [--duration 20] [--database-url URL] [--gzip]
// --gzip sends Accept-Encoding: gzip, as browsers do.
import autocannon from 'autocannon';
import pg from 'pg';
import { mintToken } from '../src/services/tokens.js';
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_HISTORY_URL } from './lib/bench-db.js';
import { startServer, tokenConfig } from './lib/server.js';

const o = cliOptions(
  {
    users: { type: 'string' },
    duration: { type: 'string' },
    'database-url': { type: 'string' },
    gzip: { type: 'boolean' },
    help: { type: 'boolean' },
  },
  'usage: npx tsx bench/analytics-latency.ts [--users 40] [--duration 20] [--database-url URL] [--gzip]',
);
const USERS = numberOption(o.users, 40, 'users');
const DURATION = numberOption(o.duration, 20, 'duration');
const url = o['database-url'] ?? DEFAULT_HISTORY_URL;

const c = new pg.Client({ connectionString: url });
await c.connect();
const users = (
  await c.query<{ user_id: string }>('SELECT user_id FROM users ORDER BY user_id LIMIT $1', [USERS])
).rows.map((r) => r.user_id);
const [{ n }] = (
  await c.query<{ n: string }>(
    "SELECT count(*) AS n FROM usage_history WHERE period_type = 'hourly'",
  )
).rows as [{ n: string }];
await c.end();
const server = await startServer({ databaseUrl: url });
try {
  const tokens = await Promise.all(
    users.map((u) => mintToken(tokenConfig(server.secret), u, 'read', 3600, Date.now())),
  );
  const cold: number[] = [];
  for (const t of tokens) {
    const started = performance.now();
    const res = await fetch(`${server.url}/api/usage/insights`, {
      headers: { authorization: `Bearer ${t}` },
    });
    if (!res.ok) throw new Error(`insights: HTTP ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    cold.push(performance.now() - started);
  }
  cold.sort((a, b) => a - b);
  console.log(
    `\n${Number(n).toLocaleString('en-US')} hourly rows; first call per user (computes the analysis), ${users.length} users: p50 ${cold[Math.floor(cold.length / 2)]!.toFixed(0)} ms, max ${cold.at(-1)!.toFixed(0)} ms\n`,
  );
  console.log(
    '| request (cached, 32 connections, random users) | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const path of [
    '/api/usage/insights',
    '/api/usage/analytics?type=predictions',
    '/api/usage/analytics?type=patterns',
  ]) {
    let k = 0;
    const r = await autocannon({
      url: server.url,
      connections: 32,
      duration: DURATION,
      requests: [
        {
          method: 'GET',
          path,
          setupRequest: (req) => ({
            ...req,
            headers: {
              ...req.headers,
              ...(o.gzip ? { 'accept-encoding': 'gzip' } : {}),
              authorization: `Bearer ${tokens[k++ % tokens.length]}`,
            },
          }),
        },
      ],
    });
    console.log(
      `| ${path} | ${r.requests.total} | ${r.requests.average} | ${r.latency.p50} | ${r.latency.p90} | ${r.latency.p99} | ${r.latency.max} | ${r.errors + r.non2xx} |`,
    );
  }
} finally {
  await server.stop();
}
