// The example host app (examples/react-host) for e2e/embed.spec.ts: the component's library build
// and the host's Vite build, made with the project's node_modules (nothing is downloaded), and its
// backend started against the test server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(REPO, 'examples', 'react-host');
const VITE = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry !== 'node_modules' && entry !== 'dist')
      max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

function vite(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
}

/** Builds dist/react (the library's code; `npm run build:lib` adds its types) and the host app, when stale. */
export function buildHostApp() {
  const lib = join(REPO, 'dist', 'react', 'usage-history.js');
  const sources = Math.max(
    newest(join(REPO, 'src', 'web')),
    newest(join(REPO, 'src', 'domain')),
    newest(join(REPO, 'vite.lib.config.ts')),
  );
  if (newest(lib) < sources) vite(REPO, ['--config', 'vite.lib.config.ts']);
  // What `npm install` makes of the example's "usage-insights": "file:../.." dependency.
  const link = join(EXAMPLE, 'node_modules', 'usage-insights');
  if (!existsSync(link)) {
    mkdirSync(join(EXAMPLE, 'node_modules'), { recursive: true });
    symlinkSync(join('..', '..', '..'), link, 'dir');
  }
  const built = join(EXAMPLE, 'dist', 'index.html');
  if (newest(built) < Math.max(newest(lib), newest(EXAMPLE))) vite(EXAMPLE, []);
}

/** Starts the host app's backend; resolves with its address once it listens. */
export async function startHostApp(opts: { port: number; insightsUrl: string; token: string }) {
  const child = spawn(process.execPath, [join(EXAMPLE, 'server.mjs')], {
    env: {
      ...process.env,
      PORT: String(opts.port),
      USAGE_INSIGHTS_URL: opts.insightsUrl,
      USAGE_INSIGHTS_TOKEN: opts.token,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host app not listening:\n${out}`)), 30_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host app exited with ${code}:\n${out}`)));
  });
  return {
    url: `http://localhost:${opts.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
