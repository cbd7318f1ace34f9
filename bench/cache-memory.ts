// Memory under the "memory by request" attack (issue 11, item 6): users ask, within their rate
// limits, for 3-year daily histories of ever new ranges and zones and for analyses in ever new
// zones. The server's RSS (all threads) is sampled throughout; it must level off near the cache
// budget (CACHE_MAX_MB) instead of growing with the number of distinct answers.
//   npx tsx bench/cache-memory.ts [--users 8] [--seconds 120] [--cache-mb 64] [--server PATH]
// --server runs another checkout's bin/usage-insights.js (e.g. the code before this change).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { mintToken } from '../src/services/tokens.js';
import { cliOptions, numberOption } from './lib/args.js';
import { seedDailyUsers } from './lib/daily-users.js';
import { startServer, tokenConfig } from './lib/server.js';

const o = cliOptions(
  {
    users: { type: 'string' },
    seconds: { type: 'string' },
    'cache-mb': { type: 'string' },
    server: { type: 'string' },
    help: { type: 'boolean' },
  },
  'usage: npx tsx bench/cache-memory.ts [--users 8] [--seconds 120] [--cache-mb 64] [--server PATH]',
);
const USERS = numberOption(o.users, 8, 'users');
const SECONDS = numberOption(o.seconds, 120, 'seconds');
const CACHE_MB = numberOption(o['cache-mb'], 64, 'cache-mb');
const DAY = 86_400_000;

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

// Every request is one nothing has asked for yet: a 3-year range starting on a random day, in a
// random zone spelled in random case (which canonicalisation folds), or an analysis in a random zone.
function attackUrl(rnd: () => number, zones: string[]): string {
  const zone = zones[Math.floor(rnd() * zones.length)]!;
  const tz = encodeURIComponent(rnd() < 0.5 ? zone.toLowerCase() : zone.toUpperCase());
  if (rnd() < 0.15) return `/api/usage/analytics?type=predictions&tz=${tz}`;
  const from = new Date(Date.parse('2021-01-01') + Math.floor(rnd() * 900) * DAY);
  const to = new Date(from.getTime() + 1094 * DAY);
  const d = (x: Date) => x.toISOString().slice(0, 10);
  return `/api/usage/history?period=custom&from=${d(from)}&to=${d(to)}&groupBy=day&tz=${tz}`;
}

const now = Date.now();
const dataDir = mkdtempSync(join(tmpdir(), 'ui-bench-mem-'));
const users = await seedDailyUsers(dataDir, USERS, now);
const server = await startServer({
  dataDir,
  env: { CACHE_MAX_MB: String(CACHE_MB) },
  bin: o.server,
});
try {
  const base = rssMb(server.pid);
  const tokens = await Promise.all(
    users.map((u) => mintToken(tokenConfig(server.secret), u, 'read', 3600, now)),
  );
  const zones = Intl.supportedValuesOf('timeZone');
  let seed32 = 12345;
  const rnd = () => (seed32 = (seed32 * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const statuses = new Map<number, number>();
  let bytes = 0;
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMb(server.pid)), 1000);
  const until = Date.now() + SECONDS * 1000;
  // Two requests in flight per user; a 429 waits as long as Retry-After says.
  const loop = async (token: string) => {
    while (Date.now() < until) {
      const res = await fetch(server.url + attackUrl(rnd, zones), {
        headers: { authorization: `Bearer ${token}` },
      });
      bytes += (await res.arrayBuffer()).byteLength;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 429)
        await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 1) * 1000));
    }
  };
  await Promise.all(tokens.flatMap((t) => [loop(t), loop(t)]));
  clearInterval(sampler);
  const at = (f: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * f))]!;
  console.log(
    `\n${USERS} users, ${SECONDS} s, CACHE_MAX_MB=${CACHE_MB}${o.server ? `, server ${o.server}` : ''}, load ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    `answers: ${[...statuses].map(([s, n]) => `${n} × ${s}`).join(', ')}; ${(bytes / 1e6).toFixed(0)} MB sent`,
  );
  console.log('| RSS MB | at start | 25% | 50% | 75% | end | max |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(
    `| server | ${base.toFixed(0)} | ${at(0.25).toFixed(0)} | ${at(0.5).toFixed(0)} | ${at(0.75).toFixed(0)} | ${samples.at(-1)!.toFixed(0)} | ${Math.max(...samples).toFixed(0)} |`,
  );
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
