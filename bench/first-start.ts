// First and later start of `npm start` as a new user sees it: a clean clone of this repository
// (node_modules linked from here, since `npm install` is its own step), the embedded database,
// the demo seeded through the ingestion path. Times from the command to the "ready" line.
//
//   npx tsx bench/first-start.ts [--runs 1]
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliOptions, numberOption } from './lib/args.js';
import { freePort } from './lib/server.js';
import { loadLine, mdTable } from './lib/stats.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const opts = cliOptions(
  { runs: { type: 'string' }, help: { type: 'boolean' } },
  'usage: npx tsx bench/first-start.ts [--runs 1]',
);
const runs = Math.round(numberOption(opts.runs, 1, 'runs'));

interface Start {
  seconds: number;
  /** What the app itself printed ("ready in X s"): the start without the web build. */
  appSeconds: number;
  lines: string[];
}

/** Runs `npm start` in dir until it prints the sign-in link, then stops it with SIGINT. */
function npmStart(dir: string, port: number): Promise<Start> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      DATA_DIR: join(dir, 'data'),
    };
    for (const k of ['DATABASE_URL', 'AUTH_JWT_SECRET', 'AUTH_JWKS_URL']) delete env[k];
    const child = spawn('npm', ['start'], { cwd: dir, env, detached: true });
    const lines: string[] = [];
    let appSeconds = Number.NaN;
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`no ready line within 5 minutes:\n${lines.slice(-20).join('\n')}`));
    }, 300_000);
    const onData = (b: Buffer) => {
      for (const line of b.toString().split(/\r|\n/)) {
        if (!line.trim()) continue;
        lines.push(line);
        const ready = /ready in ([\d.]+) s/.exec(line);
        if (ready) appSeconds = Number(ready[1]);
        if (line.includes('?token=')) {
          const seconds = (performance.now() - t0) / 1000;
          clearTimeout(timer);
          child.once('exit', () => resolve({ seconds, appSeconds, lines }));
          process.kill(-child.pid!, 'SIGINT');
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
  });
}

const rows: (string | number)[][] = [];
const load = loadLine();
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'ui-first-start-'));
  try {
    execFileSync('git', ['clone', '-q', ROOT, dir]);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const port = await freePort();
    const first = await npmStart(dir, port);
    const later = await npmStart(dir, port);
    console.error(first.lines.filter((l) => !/^\s*[█░]/.test(l)).join('\n'));
    rows.push([
      i + 1,
      first.seconds.toFixed(1),
      first.appSeconds.toFixed(1),
      later.seconds.toFixed(1),
      later.appSeconds.toFixed(1),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`\n### npm start on a clean clone (${load})\n`);
console.log(
  mdTable(
    [
      'run',
      'first start, s to sign-in link',
      'of which the app (no web build), s',
      'later start, s',
      'of which the app, s',
    ],
    rows,
  ),
);
