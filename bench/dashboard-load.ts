// Dashboard load: time from navigation to the first chart drawn, cold (a fresh browser context:
// no HTTP cache, no storage) in Chromium, against `serve` on a demo database; and the initial
// JavaScript of the build, gzipped. Prints a markdown report (copied into bench/results-web.md).
//
//   DATA_DIR=/tmp/bench-web node bin/usage-insights.js seed --users 61   # ~1.07M events, once
//   npx tsx bench/dashboard-load.ts --data-dir /tmp/bench-web [--runs 7] [--user demo-01]
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch, openPage, VIEWPORTS } from '../e2e/lib/browser.js';

const { values: opts } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '7' },
    user: { type: 'string', default: 'demo-01' },
  },
});
if (!opts['data-dir']) {
  console.error(
    'usage: npx tsx bench/dashboard-load.ts --data-dir DIR [--runs 7] [--user demo-01]',
  );
  process.exit(2);
}
const repo = join(import.meta.dirname, '..');
const cli = join(repo, 'bin', 'usage-insights.js');
const dist = join(repo, 'dist', 'web');
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: opts['data-dir'], LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;

// --- Initial JavaScript: what index.html loads before anything is lazy-loaded. ---
function bundleSizes() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const initial = linked.filter((f) => f.endsWith('.js'));
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  const all = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
  return {
    initial: initial.map((f) => ({ file: f, raw: statSync(join(dist, f)).size, gzip: gz(f) })),
    lazy: all
      .filter((f) => !linked.includes(f))
      .map((f) => ({ file: f, raw: statSync(join(dist, f)).size, gzip: gz(f) })),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const build = spawnSync(process.execPath, [join(repo, 'src', 'web', 'build-if-stale.mjs')], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);
const sizes = bundleSizes();

const port = await freePort();
const server = spawn(process.execPath, [cli, 'serve'], {
  env: { ...env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  const on = (b: Buffer) => {
    out += b.toString();
    const m = /ready in [\d.]+ s at (http:\/\/\S+)/.exec(out);
    if (m) resolve(m[1]!);
  };
  server.stdout.on('data', on);
  server.stderr.on('data', on);
  server.once('exit', (c) => reject(new Error(`server exited ${c}: ${out}`)));
});
const token = spawnSync(process.execPath, [cli, 'token', '--user', opts.user!], {
  env,
  encoding: 'utf8',
})
  .stdout.trim()
  .split('\n')
  .pop()!;
const events = spawnSync(process.execPath, [cli, 'users', '--json'], { env, encoding: 'utf8' });
const totalEvents = (JSON.parse(events.stdout) as { events: number }[]).reduce(
  (a, u) => a + Number(u.events),
  0,
);

const browser = await launch();
const runs: { chart: number; fcp: number; requests: number; jsBytes: number }[] = [];
for (let i = 0; i < Number(opts.runs); i++) {
  const { page, context } = await openPage(browser, { viewport: VIEWPORTS.desktop });
  let requests = 0;
  let jsBytes = 0;
  page.on('response', async (r) => {
    requests++;
    if (r.url().endsWith('.js')) jsBytes += Number(r.headers()['content-length'] ?? 0);
  });
  await page.goto(`${base}/?token=${token}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0, {
    timeout: 30_000,
  });
  const t = await page.evaluate(() => ({
    chart: performance.getEntriesByName('first-chart-drawn')[0]!.startTime,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  runs.push({ ...t, requests, jsBytes });
  await context.close();
}
await browser.close();
server.kill('SIGTERM');

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const initialGzip = sizes.initial.reduce((a, f) => a + f.gzip, 0);
const lines = [
  `Dashboard load, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, Chromium headless`,
  `Database: ${opts['data-dir']} (embedded PGlite), ${totalEvents.toLocaleString('en')} events; user ${opts.user}; view: 30 days by day (the default).`,
  '',
  '| run | navigation → first chart drawn | first contentful paint | requests | JS transferred |',
  '|---|---|---|---|---|',
  ...runs.map(
    (r, i) =>
      `| ${i + 1}${i === 0 ? ' (server cold)' : ''} | ${ms(r.chart)} | ${ms(r.fcp)} | ${r.requests} | ${kb(r.jsBytes)} |`,
  ),
  `| **median** | **${ms(median(runs.map((r) => r.chart)))}** | ${ms(median(runs.map((r) => r.fcp)))} | | |`,
  '',
  `Initial JavaScript (index.html's scripts and preloads): **${kb(initialGzip)} gzipped** (${kb(sizes.initial.reduce((a, f) => a + f.raw, 0))} raw).`,
  '',
  '| file | raw | gzip | loaded |',
  '|---|---|---|---|',
  ...sizes.initial.map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | initially |`),
  ...sizes.lazy.map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | on demand |`),
];
console.log(lines.join('\n'));
