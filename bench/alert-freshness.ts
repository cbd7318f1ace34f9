// Alert freshness on the running server: how long after the acknowledged event that crosses a
// limit the email reaches the outbox and the signed webhook arrives, while background users keep
// ingesting and the startup sweep checks every active user.
//
//   npx tsx bench/alert-freshness.ts [--crossings 20] [--background-users 200] [--rate 200]
//        [--every-ms 3000] [--database-url postgres://.../bench_ui_alerts | --embedded]
//
// Background users are on a plan whose limits they never reach; each crossing user is on the free
// plan (25 sessions) and sends 21 sessions at once (84%: the 80% alert).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintToken } from '../src/services/tokens.js';
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_SERVER, recreateDatabase } from './lib/bench-db.js';
import { startServer, tokenConfig } from './lib/server.js';
import { fmt, loadLine, mdTable, summarize } from './lib/stats.js';

const USAGE = `usage: npx tsx bench/alert-freshness.ts [--crossings 20] [--background-users 200]
       [--rate 200] [--every-ms 3000] [--database-url URL | --embedded]`;
const opts = cliOptions(
  {
    crossings: { type: 'string' },
    'background-users': { type: 'string' },
    rate: { type: 'string' },
    'every-ms': { type: 'string' },
    'database-url': { type: 'string' },
    embedded: { type: 'boolean' },
    help: { type: 'boolean' },
  },
  USAGE,
);
const CROSSINGS = numberOption(opts.crossings, 20, 'crossings');
const BACKGROUND = numberOption(opts['background-users'], 200, 'background-users');
const RATE = numberOption(opts.rate, 200, 'rate');
const EVERY_MS = numberOption(opts['every-ms'], 3000, 'every-ms');
const databaseUrl = opts.embedded
  ? undefined
  : (opts['database-url'] ?? `${DEFAULT_SERVER}/bench_ui_alerts`);

const hooks = new Map<string, number>();
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const userId = (JSON.parse(body) as { userId: string }).userId;
    if (!hooks.has(userId)) hooks.set(userId, Date.now());
    res.end('ok');
  });
});
await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

if (databaseUrl) await recreateDatabase(databaseUrl);
const dataDir = mkdtempSync(join(tmpdir(), 'ui-alert-bench-'));
const server = await startServer({
  dataDir,
  databaseUrl,
  env: { WEBHOOK_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'warn' },
});
const cfg = tokenConfig(server.secret);
const service = await mintToken(cfg, 'platform', 'ingest', 7200, Date.now());
const post = async (path: string, token: string, method: string, body: unknown) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
};

// Background users: a month of history each, so the startup sweep has real forecasts to compute.
let seq = 0;
const now = Date.now();
for (let u = 0; u < BACKGROUND; u++) {
  const userId = `bg-${u}`;
  await post(`/api/users/${userId}`, service, 'PUT', { plan: 'business' });
  const events = Array.from({ length: 300 }, (_, i) => ({
    id: `bg-${seq++}`,
    userId,
    type: 'api.call',
    occurredAt: new Date(now - (i % 30) * 86_400_000 - i * 1000).toISOString(),
  }));
  await post('/api/usage/events', service, 'POST', { events });
}
const crossers: string[] = [];
for (let c = 0; c < CROSSINGS; c++) {
  const userId = `crosser-${c}`;
  crossers.push(userId);
  await post(`/api/users/${userId}`, service, 'PUT', {
    plan: 'free',
    email: `${userId}@example.com`,
  });
  const token = await mintToken(cfg, userId, 'read', 7200, Date.now());
  await post('/api/usage/alerts', token, 'PUT', { webhookUrl: hookUrl, forecast: false });
}
console.error(`Set up ${BACKGROUND} background users and ${CROSSINGS} crossing users.`);

// Background ingestion at RATE events/s, spread over the background users, in batches of 100.
let running = true;
let acked = 0;
const background = (async () => {
  const perBatch = 100;
  while (running) {
    const t0 = Date.now();
    const events = Array.from({ length: perBatch }, () => ({
      id: `live-${seq++}`,
      userId: `bg-${seq % BACKGROUND}`,
      type: 'session.created',
      occurredAt: new Date().toISOString(),
    }));
    await post('/api/usage/events', service, 'POST', { events }).then(() => (acked += perBatch));
    await new Promise((r) =>
      setTimeout(r, Math.max(0, (perBatch / RATE) * 1000 - (Date.now() - t0))),
    );
  }
})();

const ackAt = new Map<string, number>();
// The outbox is watched from the start, so an email is timed when it lands, not when looked for.
const emailAt = new Map<string, number>();
const scanned = new Set<string>();
const scanOutbox = () => {
  const dir = join(dataDir, 'outbox');
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.eml') && !scanned.has(n))) {
    scanned.add(f);
    const to = /^To: (crosser-\d+)@/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1];
    if (to && !emailAt.has(to)) emailAt.set(to, Date.now());
  }
};
const watcher = setInterval(scanOutbox, 100);
for (const userId of crossers) {
  const events = Array.from({ length: 21 }, (_, i) => ({
    id: `${userId}-${i}`,
    userId,
    type: 'session.created',
    occurredAt: new Date(Date.now() - i * 1000).toISOString(),
  }));
  await post('/api/usage/events', service, 'POST', { events });
  ackAt.set(userId, Date.now());
  await new Promise((r) => setTimeout(r, EVERY_MS));
}
const deadline = Date.now() + 180_000;
while (Date.now() < deadline && (emailAt.size < CROSSINGS || hooks.size < CROSSINGS))
  await new Promise((r) => setTimeout(r, 200));
clearInterval(watcher);
running = false;
await background;
const cpu = server.cpuSeconds();
await server.stop();
receiver.close();
rmSync(dataDir, { recursive: true, force: true });

const lag = (m: Map<string, number>) =>
  crossers.filter((u) => m.has(u)).map((u) => (m.get(u)! - ackAt.get(u)!) / 1000);
const rows = [
  ['email in the outbox', lag(emailAt)],
  ['signed webhook received', lag(hooks)],
].map(([what, s]) => {
  const v = s as number[];
  const t = summarize(v);
  return [what as string, `${v.length}/${CROSSINGS}`, fmt(t.p50), fmt(t.p90), fmt(t.max)];
});
console.log(
  `\nAlert freshness, ${databaseUrl ? 'PostgreSQL server' : 'embedded PGlite'}, ${BACKGROUND} background users ingesting ${RATE} events/s (${acked} acknowledged), one crossing every ${EVERY_MS} ms; ${loadLine()}; server CPU ${cpu ?? 'n/a'} s\n`,
);
console.log(mdTable(['delivery', 'arrived', 'p50 s', 'p90 s', 'max s'], rows));
