// The first load as a customer meets it: cumulative layout shift (until the page has settled:
// first chart, billing strip with its bill, analytics panels) and the bytes transferred on the
// wire (encoded, as Chromium counts them), per viewport, cold (fresh context, no cache).
//
//   DATA_DIR=/tmp/first-load node bin/usage-insights.js seed --months 4   # once
//   npx tsx bench/first-load.ts --data-dir /tmp/first-load [--runs 3] [--user demo-01]
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, openPage } from '../e2e/lib/browser.js';

const { values: opts } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '3' },
    user: { type: 'string', default: 'demo-01' },
  },
});
if (!opts['data-dir']) {
  console.error('usage: npx tsx bench/first-load.ts --data-dir DIR [--runs 3] [--user demo-01]');
  process.exit(2);
}
const repo = join(import.meta.dirname, '..');
const cli = join(repo, 'bin', 'usage-insights.js');
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: opts['data-dir'], LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;

const build = spawnSync(process.execPath, [join(repo, 'src', 'web', 'build-if-stale.mjs')], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);

const port = await new Promise<number>((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port: p } = s.address() as { port: number };
    s.close(() => resolve(p));
  });
});
const server = spawn(process.execPath, [cli, 'serve'], {
  env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
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

const VIEWS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'tablet', width: 820, height: 1180 },
  { name: 'phone', width: 390, height: 844 },
];
const browser = await launch();
const rows: string[] = [];
try {
  for (const v of VIEWS) {
    for (let i = 0; i < Number(opts.runs); i++) {
      const { page, context } = await openPage(browser, { viewport: v });
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number; __shifts: string[] };
        w.__cls = 0;
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node }[];
          })[]) {
            if (e.hadRecentInput) continue;
            w.__cls += e.value;
            const where = (e.sources ?? [])
              .map((src) => {
                const n = src.node as Element | undefined;
                const r = src as unknown as { previousRect: DOMRect; currentRect: DOMRect };
                return `${n?.className || n?.nodeName || '?'} y ${Math.round(r.previousRect.y)}→${Math.round(r.currentRect.y)} h ${Math.round(r.previousRect.height)}→${Math.round(r.currentRect.height)}`;
              })
              .join(', ');
            w.__shifts.push(`${e.value.toFixed(3)} at ${Math.round(e.startTime)} ms: ${where}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let bytes = 0;
      let assetBytes = 0;
      const urls = new Map<string, string>();
      cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
      cdp.on('Network.loadingFinished', (e) => {
        bytes += e.encodedDataLength;
        if (urls.get(e.requestId)?.includes('/assets/')) assetBytes += e.encodedDataLength;
      });
      const t0 = Date.now();
      await page.goto(`${base}/?token=${token}`);
      await page.waitForSelector('[data-chart="over-time"] .echart[data-ready="true"]', {
        timeout: 60_000,
      });
      await page.waitForSelector('[data-testid="projected-bill"]', { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      const settled = Date.now() - t0;
      const { cls, shifts } = await page.evaluate(() => {
        const w = window as unknown as { __cls: number; __shifts: string[] };
        return { cls: w.__cls, shifts: w.__shifts };
      });
      rows.push(
        `| ${v.name} ${v.width}×${v.height} | ${i + 1} | ${cls.toFixed(3)} | ${(bytes / 1024).toFixed(1)} KB | ${(assetBytes / 1024).toFixed(1)} KB | ${settled} ms |`,
      );
      if (process.env.SHOW_SHIFTS) console.error(v.name, shifts.join('; '));
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
console.log(
  [
    `First load, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, Chromium headless; user ${opts.user}, 30 days by day.`,
    '',
    '| viewport | run | cumulative layout shift | transferred (all) | of which /assets/ | settled |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
