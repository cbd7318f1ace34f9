// One user stalls everyone? (issue 11, item 2): 30 analyses nobody has asked for yet (30 zones)
// sent at once, inside the rate limit of a raised test configuration, while a cached history read
// and /healthz are timed every 250 ms until the flood is answered.
//   npx tsx bench/analysis-flood.ts [--analyses 30] [--server PATH]
// --server runs another checkout's bin/usage-insights.js (e.g. the code before this change).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintToken } from '../src/services/tokens.js';
import { cliOptions, numberOption } from './lib/args.js';
import { seedDailyUsers } from './lib/daily-users.js';
import { startServer, tokenConfig } from './lib/server.js';

const o = cliOptions(
  { analyses: { type: 'string' }, server: { type: 'string' }, help: { type: 'boolean' } },
  'usage: npx tsx bench/analysis-flood.ts [--analyses 30] [--server PATH]',
);
const N = numberOption(o.analyses, 30, 'analyses');
const now = Date.now();
const dataDir = mkdtempSync(join(tmpdir(), 'ui-bench-flood-'));
const [user] = await seedDailyUsers(dataDir, 1, now);
const server = await startServer({
  dataDir,
  bin: o.server,
  env: { RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_KEY_PER_MINUTE: '100000' },
});
try {
  const headers = {
    authorization: `Bearer ${await mintToken(tokenConfig(server.secret), user!, 'read', 3600, now)}`,
  };
  const timed = async (path: string) => {
    const started = performance.now();
    const res = await fetch(server.url + path, { headers });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started };
  };
  await timed('/api/usage/history?period=12m'); // cached from here on
  const zones = Intl.supportedValuesOf('timeZone').filter((z) => z.startsWith('America/'));
  const started = performance.now();
  let pending = N;
  const flood = zones
    .slice(0, N)
    .map((tz) =>
      timed(`/api/usage/analytics?type=predictions&tz=${encodeURIComponent(tz)}`).finally(
        () => pending--,
      ),
    );
  const history: number[] = [];
  const health: number[] = [];
  while (pending > 0) {
    await new Promise((r) => setTimeout(r, 250));
    history.push((await timed('/api/usage/history?period=12m')).ms);
    health.push((await timed('/healthz')).ms);
  }
  const answers = await Promise.all(flood);
  const total = (performance.now() - started) / 1000;
  const q = (xs: number[], f: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))]!;
  console.log(
    `\n${N} uncached analyses${o.server ? ` (server ${o.server})` : ''}: all answered in ${total.toFixed(1)} s, ` +
      `statuses ${[...new Set(answers.map((a) => a.status))].join(',')}, load ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log('| during the flood | reads | p50 ms | p90 ms | max ms |');
  console.log('|---|---|---|---|---|');
  for (const [name, xs] of [
    ['cached history (12m)', history],
    ['/healthz', health],
  ] as const)
    console.log(
      `| ${name} | ${xs.length} | ${q(xs, 0.5).toFixed(0)} | ${q(xs, 0.9).toFixed(0)} | ${Math.max(...xs).toFixed(0)} |`,
    );
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
