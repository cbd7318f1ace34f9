// What one 12-month history by day costs, one request at a time, in Node CPU and wall time:
// computed from scratch, made of kept month parts (what a read costs while usage flows), and the
// floor SQL (bench/lib/history-floor.ts). CPU time is what decides throughput on a shared
// machine; wall time at one client adds the database's share.
//
//   npx tsx bench/history-cpu.ts [--database-url URL] [--requests 200]
import { gzipSync } from 'node:zlib';
import { historyQuerySchema } from '../src/domain/history-query.js';
import { createCaches } from '../src/services/caches.js';
import { getHistory } from '../src/services/get-history.js';
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_HISTORY_URL, openServer } from './lib/bench-db.js';
import { rng } from './lib/events-gen.js';
import { timeFloor } from './lib/history-floor.js';
import type { BenchUser } from './lib/history-raw.js';
import { fmt, loadLine, mdTable, summarize } from './lib/stats.js';

const opts = cliOptions(
  { 'database-url': { type: 'string' }, requests: { type: 'string' }, help: { type: 'boolean' } },
  'usage: npx tsx bench/history-cpu.ts [--database-url URL] [--requests 200]',
);
const url = opts['database-url'] ?? DEFAULT_HISTORY_URL;
const n = Math.round(numberOption(opts.requests, 200, 'requests'));
const target = await openServer(url, 2);
const db = target.db;
const users = (
  await db.query<{ user_id: string; time_zone: string }>(
    'SELECT user_id, time_zone FROM users ORDER BY user_id',
  )
).map((r): BenchUser => ({ id: r.user_id, zone: r.time_zone }));
const rand = rng(5);
const seq = Array.from({ length: n }, () => Math.floor(rand() * users.length));
const query = historyQuerySchema.parse({ period: '12m', groupBy: 'day' });
const loadBefore = loadLine();

async function measure(label: string, call: (u: BenchUser) => Promise<unknown>) {
  // Every user once first: kept parts and answers are each user's second visit onwards.
  for (const u of users) await call(u);
  const wall: number[] = [];
  const cpu0 = process.cpuUsage();
  for (const i of seq) {
    const t = performance.now();
    await call(users[i]!);
    wall.push(performance.now() - t);
  }
  const c = process.cpuUsage(cpu0);
  const s = summarize(wall);
  return [label, fmt((c.user + c.system) / 1000 / n, 2), fmt(s.p50, 2), fmt(s.p99, 2)];
}

// Every answer as the route sends it to a browser: serialised once and gzipped.
const served = async (p: Promise<object>) => gzipSync(JSON.stringify(await p), { level: 1 });
const now = () => Date.now();
const scratch = { db, now };
const parts = { db, now, caches: createCaches({ maxBytes: 256e6, historyEntries: 0 }) };
const whole = { db, now, caches: createCaches() };
const input = (u: BenchUser) => ({ userId: u.id, query });
const rows = [
  await measure('from scratch (nothing kept)', (u) =>
    served(getHistory({ ctx: scratch, input: input(u) })),
  ),
  await measure('from month parts + the stale days (whole answer not kept)', (u) =>
    served(getHistory({ ctx: parts, input: input(u) })),
  ),
  await measure('whole answer kept (version query only)', (u) =>
    getHistory({ ctx: whole, input: input(u) }),
  ),
];
const floor = await timeFloor(db, users, seq, 1, 30);
const fs = summarize(floor.latencies);
await target.close();
console.log(
  `\n### One 12-month history by day at a time (${target.label}, ${users.length} users, ${n} requests; ${loadBefore} before, ${loadLine()} after; ${new Date().toISOString().slice(0, 16)}Z)\n`,
);
console.log(
  mdTable(
    ['answer (JSON + gzip included)', 'Node CPU ms/request', 'wall p50 ms', 'wall p99 ms'],
    [...rows, ['floor SQL (client side only)', '', fmt(fs.p50, 2), fmt(fs.p99, 2)]],
  ),
);
