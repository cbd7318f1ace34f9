// History latency: autocannon (32 connections, a random user and its token per request) against
// GET /api/usage/history for 12m and 30d by day, and in the same run the raw SQL of the same read
// (read-periods.ts, daily rows) over the same random users, plus EXPLAIN ANALYZE of a request.
//
//   npx tsx bench/load-history.ts --rows 10000000          # once, into bench_ui
//   npx tsx bench/history-latency.ts [--database-url URL | --data-dir DIR] [--duration 20]
//        [--connections 32] [--warmup 5] [--sql-seconds 10] [--cpu-prof] [--gzip] [--no-cold]
// --gzip sends Accept-Encoding: gzip as browsers do; without it the client takes identity, as curl.
// --no-cold skips the second server with the history cache turned off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintToken } from '../src/services/tokens.js';
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_HISTORY_URL, openDataDir, openServer } from './lib/bench-db.js';
import { rng } from './lib/events-gen.js';
import { measureHttp } from './lib/history-http.js';
import { profileRequests, timeRawSql, timeService, type BenchUser } from './lib/history-raw.js';
import { printHistoryReport, type HistoryRun } from './lib/history-report.js';
import { startServer, tokenConfig } from './lib/server.js';
import { fmt, loadLine } from './lib/stats.js';

const USAGE = `usage: npx tsx bench/history-latency.ts [--database-url URL (default ${DEFAULT_HISTORY_URL}) | --data-dir DIR]
       [--duration 20] [--connections 32] [--warmup 5] [--sql-seconds 10] [--cpu-prof] [--gzip] [--no-cold]`;
const opts = cliOptions(
  {
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    warmup: { type: 'string' },
    'sql-seconds': { type: 'string' },
    'cpu-prof': { type: 'boolean' },
    gzip: { type: 'boolean' },
    'no-cold': { type: 'boolean' },
    help: { type: 'boolean' },
  },
  USAGE,
);
const duration = numberOption(opts.duration, 20, 'duration');
const connections = Math.round(numberOption(opts.connections, 32, 'connections'));
const warmup = numberOption(opts.warmup, 5, 'warmup');
const sqlSeconds = numberOption(opts['sql-seconds'], 10, 'sql-seconds');
const url = opts['database-url'] ?? DEFAULT_HISTORY_URL;
const dataDir = opts['data-dir'];
const open = () => (dataDir ? openDataDir(dataDir, 'existing') : openServer(url, connections));
const log = (line: string) => console.error(line);
const SCENARIOS = [
  { period: '12m', path: '/api/usage/history?period=12m&groupBy=day' },
  { period: '30d', path: '/api/usage/history?period=30d&groupBy=day' },
] as const;

// --- What is loaded ---------------------------------------------------------------------------
let target = await open();
const users = (
  await target.db.query<{ user_id: string; time_zone: string }>(
    'SELECT user_id, time_zone FROM users ORDER BY user_id',
  )
).map((r): BenchUser => ({ id: r.user_id, zone: r.time_zone }));
const [{ n: hourly }] = (await target.db.query<{ n: number }>(
  `SELECT count(*)::int AS n FROM usage_history WHERE period_type = 'hourly'`,
)) as [{ n: number }];
await target.close();
if (users.length === 0 || hourly === 0) {
  console.error(`Nothing loaded in ${target.label}: run npx tsx bench/load-history.ts first.`);
  process.exit(1);
}
log(`${target.label}: ${fmt(hourly, 0)} hourly rows, ${users.length} users`);
// The same random sequence of users drives autocannon and the raw SQL.
const rand = rng(7);
const seq = Array.from({ length: 100_000 }, () => Math.floor(rand() * users.length));

// --- HTTP with autocannon ---------------------------------------------------------------------
// Twice: the service as configured (every user's first request primes its cache, then random
// users), and with HISTORY_CACHE_ENTRIES=0, where every request reads and buckets its rows.
const loadBefore = loadLine();
const profDir = opts['cpu-prof'] ? mkdtempSync(join(tmpdir(), 'ui-bench-prof-')) : undefined;
const http: HistoryRun['http'] = [];
const where = dataDir ? { dataDir } : { databaseUrl: url };
const servers: { label: string; env: Record<string, string>; prime: boolean }[] = [
  { label: 'cached', env: {}, prime: true },
  ...(opts['no-cold']
    ? []
    : [{ label: 'uncached', env: { HISTORY_CACHE_ENTRIES: '0' }, prime: false }]),
];
let secret: string | undefined;
let tokens: string[] = [];
for (const s of servers) {
  const server = await startServer({ ...where, secret, env: s.env, cpuProfDir: profDir });
  try {
    if (!secret) {
      secret = server.secret;
      const cfg = tokenConfig(secret);
      tokens = await Promise.all(users.map((u) => mintToken(cfg, u.id, 'read', 3600, Date.now())));
    }
    http.push(
      ...(await measureHttp(server, tokens, seq, SCENARIOS, {
        connections,
        warmup,
        duration,
        gzip: !!opts.gzip,
        prime: s.prime,
        label: s.label,
        log,
      })),
    );
  } finally {
    await server.stop();
  }
}

// --- Raw SQL and the service in-process, same users, service stopped -------------------------
const loadAfterHttp = loadLine();
target = await open();
const run: HistoryRun = { title: '', http, raw: [], profiles: [], profDir };
try {
  for (const s of SCENARIOS) {
    await timeRawSql(target.db, users, seq.slice(0, 200), s.period, 1, sqlSeconds); // warm-up
    log(
      `raw SQL ${s.period}: 1 client, then ${connections} concurrent; then the service in-process...`,
    );
    const sql = 'raw SQL of read-periods.ts (daily rows)';
    run.raw.push({
      period: s.period,
      what: sql,
      clients: 1,
      r: await timeRawSql(target.db, users, seq, s.period, 1, sqlSeconds),
    });
    if (!dataDir) {
      const r = await timeRawSql(target.db, users, seq, s.period, connections, sqlSeconds);
      run.raw.push({ period: s.period, what: sql, clients: connections, r });
    }
    const r = await timeService(target.db, users, seq, s.period, sqlSeconds);
    run.raw.push({
      period: s.period,
      what: 'getHistory in-process, nothing cached (all queries + bucketing)',
      clients: 1,
      r,
    });
    const sample = seq.slice(0, 100).map((i) => users[i]!);
    run.profiles.push({
      period: s.period,
      p: await profileRequests(target.db, sample, s.period),
    });
  }
} finally {
  await target.close();
}
run.title =
  `History latency (${opts.gzip ? 'Accept-Encoding: gzip, ' : ''}${target.label}, ${fmt(hourly, 0)} hourly rows, ${users.length} users; ` +
  `${loadBefore} before, ${loadAfterHttp} after HTTP)`;
printHistoryReport(run);
if (profDir) rmSync(profDir, { recursive: true, force: true });
if (http.some(({ r }) => r.non2xx + r.errors > 0)) process.exitCode = 1;
