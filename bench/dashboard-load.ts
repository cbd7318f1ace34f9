// Dashboard load: time from navigation to the first chart drawn, cold (a fresh browser context:
// no HTTP cache, no storage) in Chromium, against `serve` on a demo database; and the initial
// JavaScript of the build, gzipped. Prints a markdown report (copied into bench/results-web.md).
// With --ingest N the server takes N events/s (batches of 100 over every demo user, stamped within
// the last hour) while the browser loads, as a production server does.
//
//   DATA_DIR=/tmp/bench-web node bin/usage-insights.js seed --users 61   # ~1.07M events, once
//   npx tsx bench/dashboard-load.ts --data-dir /tmp/bench-web [--runs 7] [--user demo-01] [--ingest 1000]
//   DATABASE_URL=postgres://.../bench_web node bin/usage-insights.js seed --users 61; then
//   npx tsx bench/dashboard-load.ts --database-url postgres://.../bench_web   # the server's database
//   npx tsx bench/dashboard-load.ts --sizes-only   # the build's initial and lazy JavaScript alone
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch, openPage, VIEWPORTS } from '../e2e/lib/browser.js';
import { mintToken } from '../src/services/tokens.js';
import { startPacer, type PacerWindow } from './lib/ingest-pacer.js';
import { startServer, tokenConfig } from './lib/server.js';
import { loadLine, summarize } from './lib/stats.js';
import { topFunctions, type CpuProfile } from './lib/cpu-profile.js';

const { values: opts } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    // A PostgreSQL database holding the demo (seeded with DATABASE_URL=... seed) instead of the
    // embedded one: the database works in its own processes, not on the server's event loop.
    'database-url': { type: 'string' },
    runs: { type: 'string', default: '7' },
    user: { type: 'string', default: 'demo-01' },
    ingest: { type: 'string', default: '0' },
    // Prints each run's requests (start and end after navigation): where the first chart waits.
    waterfall: { type: 'boolean', default: false },
    // Records the page's main-thread CPU profile of each run, navigation to first chart, and prints
    // where the time went by script and function (the .cpuprofile files open in Chrome DevTools).
    'cpu-profile': { type: 'string' },
    'sizes-only': { type: 'boolean', default: false },
  },
});
const ingestRate = Number(opts.ingest);
if (!opts['data-dir'] && !opts['database-url'] && !opts['sizes-only']) {
  console.error(
    'usage: npx tsx bench/dashboard-load.ts --data-dir DIR | --database-url URL [--runs 7] [--user demo-01] [--ingest 0]',
  );
  process.exit(2);
}
const repo = join(import.meta.dirname, '..');
const dist = join(repo, 'dist', 'web');

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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const build = spawnSync(process.execPath, [join(repo, 'src', 'web', 'build-if-stale.mjs')], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);
const sizes = bundleSizes();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
// What runs before the first render: the loader, the app it imports (render-app-*.js), and every
// chunk either imports statically. index.html names only the loader since the loader entry.
function beforeFirstRender() {
  const seen = new Set<string>();
  const todo = [
    ...sizes.initial.map((f) => f.file),
    ...sizes.lazy.map((f) => f.file).filter((f) => /\/render-app-[\w-]+\.js$/.test(f)),
  ];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(join(dist, f), 'utf8');
    for (const m of text.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g,
    ))
      todo.push(`assets/${m[1]}`);
  }
  const all = [...sizes.initial, ...sizes.lazy].filter((f) => seen.has(f.file));
  return { raw: all.reduce((a, f) => a + f.raw, 0), gzip: all.reduce((a, f) => a + f.gzip, 0) };
}
const first = beforeFirstRender();
const sizeLines = () => [
  `Initial JavaScript (index.html's scripts and preloads): **${kb(sizes.initial.reduce((a, f) => a + f.gzip, 0))} gzipped** (${kb(sizes.initial.reduce((a, f) => a + f.raw, 0))} raw).`,
  `JavaScript run before the first render (loader, app and their static imports): **${kb(first.gzip)} gzipped** (${kb(first.raw)} raw).`,
  '',
  '| file | raw | gzip | loaded |',
  '|---|---|---|---|',
  ...sizes.initial.map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | initially |`),
  ...sizes.lazy.map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | on demand |`),
];
if (opts['sizes-only']) {
  console.log(sizeLines().join('\n'));
  process.exit(0);
}

const server = await startServer({
  ...(opts['data-dir'] ? { dataDir: opts['data-dir'] } : {}),
  ...(opts['database-url'] ? { databaseUrl: opts['database-url'] } : {}),
  startTimeoutMs: 300_000,
});
const base = server.url;
const cfg = tokenConfig(server.secret);
const token = await mintToken(cfg, opts.user!, 'read', 3600, Date.now());
const service = await mintToken(cfg, 'service', 'ingest', 3600, Date.now());
const listed = await fetch(`${base}/api/users`, {
  headers: { authorization: `Bearer ${service}` },
});
const demoUsers = ((await listed.json()) as { users: { id: string; events: number }[] }).users;
const totalEvents = demoUsers.reduce((a, u) => a + Number(u.events), 0);
const pacer =
  ingestRate > 0
    ? startPacer({
        url: base,
        token: service,
        rate: ingestRate,
        batchSize: 100,
        userIds: demoUsers.map((u) => u.id),
        spreadHours: 1,
        maxInFlight: 16,
      })
    : null;
// A few seconds of ingestion first, so the first navigation meets a server already busy.
if (pacer) await new Promise((r) => setTimeout(r, 5000));
pacer?.mark();
const loadBefore = loadLine();

const browser = await launch();
const runs: { chart: number; fcp: number; requests: number; jsBytes: number }[] = [];
let ingested: PacerWindow | null = null;
try {
  for (let i = 0; i < Number(opts.runs); i++) {
    const { page, context } = await openPage(browser, { viewport: VIEWPORTS.desktop });
    let requests = 0;
    let jsBytes = 0;
    const t0 = Date.now();
    const waterfall: string[] = [];
    page.on('requestfinished', (r) => {
      const t = r.timing();
      const path = new URL(r.url()).pathname + (new URL(r.url()).search.length > 1 ? '?…' : '');
      waterfall.push(
        `${String(Math.round(t.startTime - t0)).padStart(6)} → ${String(Math.round(t.startTime - t0 + t.responseEnd)).padStart(6)} ms  ${path}`,
      );
    });
    page.on('response', async (r) => {
      requests++;
      if (r.url().endsWith('.js')) jsBytes += Number(r.headers()['content-length'] ?? 0);
    });
    const cdp = opts['cpu-profile'] ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${base}/?token=${token}`);
    // A loaded machine can take long: a run that never draws fails the benchmark (120 s).
    await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0, {
      timeout: 120_000,
    });
    const t = await page.evaluate(() => ({
      chart: performance.getEntriesByName('first-chart-drawn')[0]!.startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    runs.push({ ...t, requests, jsBytes });
    if (cdp) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      writeFileSync(`${opts['cpu-profile']}-${i + 1}.cpuprofile`, JSON.stringify(profile));
      console.error(
        `run ${i + 1}: main thread until first chart\n${topFunctions(profile, t.chart)}`,
      );
    }
    if (opts.waterfall)
      console.error(`run ${i + 1}: first chart ${Math.round(t.chart)} ms\n${waterfall.join('\n')}`);
    // The page goes on to load its other panels (insights, forecasts, patterns...): let it finish
    // before the next run, or the next navigation waits behind this one's analyses and measures
    // the previous page rather than its own (HTML at 500-900 ms on the embedded database).
    await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => {});
    await context.close();
  }
} finally {
  await browser.close();
  ingested = pacer ? await pacer.stop() : null;
  await server.stop();
}

const ms = (n: number) => `${Math.round(n)} ms`;
const lines = [
  `Dashboard load, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, Chromium headless`,
  `Database: ${opts['database-url'] ? `${opts['database-url'].replace(/\/\/[^@]*@/, '//')} (PostgreSQL)` : `${opts['data-dir']} (embedded PGlite)`}, ${totalEvents.toLocaleString('en')} events; user ${opts.user}; view: 30 days by day (the default); ${loadBefore} before, ${loadLine()} after.`,
  ingested
    ? `Ingesting ${ingestRate} events/s while loading: ${Math.round(ingested.accepted / ingested.seconds)} events/s achieved, batch p50 / p99 ${Math.round(summarize(ingested.latencies).p50)} / ${Math.round(summarize(ingested.latencies).p99)} ms, ${ingested.behind} batches skipped, ${ingested.errors.length} errors.`
    : 'No ingestion while loading.',
  '',
  '| run | navigation → first chart drawn | first contentful paint | requests | JS transferred |',
  '|---|---|---|---|---|',
  ...runs.map(
    (r, i) =>
      `| ${i + 1}${i === 0 ? ' (server cold)' : ''} | ${ms(r.chart)} | ${ms(r.fcp)} | ${r.requests} | ${kb(r.jsBytes)} |`,
  ),
  `| **median** | **${ms(median(runs.map((r) => r.chart)))}** | ${ms(median(runs.map((r) => r.fcp)))} | | |`,
  '',
  ...sizeLines(),
];
console.log(lines.join('\n'));
