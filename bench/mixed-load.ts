// Reads while usage flows: 32 connections read 12 months by day for random users (autocannon,
// a user's own token per request) while events arrive at 1,000/s spread over the same users
// through POST /api/usage/events; then, with the ingestion still running and the reads
// stopped, the floor SQL (bench/lib/history-floor.ts) at the same concurrency.
//
//   npx tsx bench/load-history.ts --rows 1000000 --users 100 --database-url postgres://.../bench_x
//   npx tsx bench/mixed-load.ts [--database-url URL] [--duration 20] [--warmup 5]
//        [--connections 32] [--rate 1000] [--batch 100] [--floor-seconds 10] [--env K=V,...]
// --cpu-prof prints where the server's CPU went. --env passes settings to the server (e.g. HISTORY_CACHE_ENTRIES=0,HISTORY_PARTS=0).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { mintToken } from '../src/services/tokens.js';
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_HISTORY_URL, openServer } from './lib/bench-db.js';
import { rng } from './lib/events-gen.js';
import { timeFloor } from './lib/history-floor.js';
import type { BenchUser } from './lib/history-raw.js';
import { startPacer, type PacerWindow } from './lib/ingest-pacer.js';
import { startServer, tokenConfig } from './lib/server.js';
import { printMixedReport } from './lib/mixed-report.js';
import { fmt, loadLine } from './lib/stats.js';

const USAGE = `usage: npx tsx bench/mixed-load.ts [--database-url URL (default ${DEFAULT_HISTORY_URL})]
       [--duration 20] [--warmup 5] [--connections 32] [--rate 1000] [--batch 100]
       [--floor-seconds 10] [--spread-hours 30] [--env K=V,...] [--cpu-prof] [--port N]
       [--bin OTHER_CHECKOUT/bin/usage-insights.js]`;
const opts = cliOptions(
  {
    'database-url': { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    rate: { type: 'string' },
    batch: { type: 'string' },
    'floor-seconds': { type: 'string' },
    'spread-hours': { type: 'string' },
    env: { type: 'string' },
    'cpu-prof': { type: 'boolean' },
    port: { type: 'string' },
    bin: { type: 'string' },
    help: { type: 'boolean' },
  },
  USAGE,
);
const duration = numberOption(opts.duration, 20, 'duration');
const warmup = numberOption(opts.warmup, 5, 'warmup');
const connections = Math.round(numberOption(opts.connections, 32, 'connections'));
const rate = numberOption(opts.rate, 1000, 'rate');
const batchSize = Math.round(numberOption(opts.batch, 100, 'batch'));
const floorSeconds = numberOption(opts['floor-seconds'], 10, 'floor-seconds');
// Events stamped within the last N hours: 30 puts late ones on yesterday, 1 is live traffic.
const spreadHours = numberOption(opts['spread-hours'], 30, 'spread-hours');
const url = opts['database-url'] ?? DEFAULT_HISTORY_URL;
const env = Object.fromEntries(
  (opts.env ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=') as [string, string]),
);
const log = (line: string) => console.error(line);
const PATH = '/api/usage/history?period=12m&groupBy=day';

// --- What is loaded ---------------------------------------------------------------------------
let target = await openServer(url);
const users = (
  await target.db.query<{ user_id: string; time_zone: string }>(
    'SELECT user_id, time_zone FROM users ORDER BY user_id',
  )
).map((r): BenchUser => ({ id: r.user_id, zone: r.time_zone }));
const [{ n: daily }] = (await target.db.query<{ n: number }>(
  `SELECT count(*)::int AS n FROM usage_history WHERE period_type = 'daily'`,
)) as [{ n: number }];
await target.close();
if (users.length === 0 || daily === 0) {
  console.error(`Nothing loaded in ${target.label}: run npx tsx bench/load-history.ts first.`);
  process.exit(1);
}
const rand = rng(11);
const seq = Array.from({ length: 100_000 }, () => Math.floor(rand() * users.length));
const loadBefore = loadLine();

// --- Reads and ingestion together ---------------------------------------------------------------
const profDir = opts['cpu-prof'] ? mkdtempSync(join(tmpdir(), 'ui-mixed-prof-')) : undefined;
const server = await startServer({
  databaseUrl: url,
  env,
  cpuProfDir: profDir,
  port: opts.port ? Math.round(numberOption(opts.port, 0, 'port')) : undefined,
  // Another checkout's server against the same database and load: before and after in one session.
  bin: opts.bin,
});
const cfg = tokenConfig(server.secret);
const tokens = await Promise.all(users.map((u) => mintToken(cfg, u.id, 'read', 3600, Date.now())));
const ingestToken = await mintToken(cfg, 'service', 'ingest', 3600, Date.now());
const stats = async (): Promise<Record<string, number> | null> => {
  const res = await fetch(`${server.url}/api/admin/caches`, {
    headers: { authorization: `Bearer ${ingestToken}` },
  });
  return res.ok ? ((await res.json()) as Record<string, number>) : null;
};
let k = 0;
const cannon = (seconds: number) =>
  autocannon({
    url: server.url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        path: PATH,
        setupRequest: (req) => ({
          ...req,
          headers: {
            ...req.headers,
            'accept-encoding': 'gzip',
            authorization: `Bearer ${tokens[seq[k++ % seq.length]!]!}`,
          },
        }),
      },
    ],
  });
const pacer = startPacer({
  url: server.url,
  token: ingestToken,
  rate,
  batchSize,
  userIds: users.map((u) => u.id),
  spreadHours,
  maxInFlight: 16,
});
let reads: autocannon.Result;
let ingestDuringReads: PacerWindow;
let ingestDuringFloor: PacerWindow;
let floor: Awaited<ReturnType<typeof timeFloor>>;
let before: Record<string, number> | null;
let after: Record<string, number> | null;
let serverCpu: number;
try {
  log(`${users.length} users, ${fmt(daily, 0)} daily rows; ingesting ${rate} events/s...`);
  log(`${warmup} s warm-up of reads, then ${duration} s with ${connections} connections...`);
  await cannon(warmup);
  k = 0;
  pacer.mark();
  before = await stats();
  const cpu0 = server.cpuSeconds();
  reads = await cannon(duration);
  serverCpu = cpu0 === null ? Number.NaN : server.cpuSeconds()! - cpu0;
  after = await stats();
  ingestDuringReads = pacer.peek();
  log(`floor SQL: ${connections} connections for ${floorSeconds} s, ingestion still running...`);
  target = await openServer(url, connections);
  pacer.mark();
  try {
    floor = await timeFloor(target.db, users, seq, connections, floorSeconds);
  } finally {
    await target.close();
  }
  ingestDuringFloor = await pacer.stop();
} finally {
  await pacer.stop();
  await server.stop();
}

// --- Report -----------------------------------------------------------------------------------
printMixedReport({
  title:
    `PostgreSQL ${url.replace(/\/\/[^@/]*@/, '//')}, ${users.length} users, ${fmt(daily, 0)} daily rows; ` +
    `${loadBefore} before, ${loadLine()} after; ${new Date().toISOString().slice(0, 16)}Z`,
  env,
  connections,
  rate,
  duration,
  reads: reads!,
  serverCpu: serverCpu!,
  floor: floor!,
  ingestDuringReads: ingestDuringReads!,
  ingestDuringFloor: ingestDuringFloor!,
  before: before!,
  after: after!,
  profDir,
});
if (reads!.non2xx + reads!.errors > 0 || ingestDuringReads!.errors.length > 0) process.exitCode = 1;
