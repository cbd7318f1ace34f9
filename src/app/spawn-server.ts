// Starts the service (`node bin/usage-insights.js serve`) as a child process on loopback and
// stops it again, with bounded waits everywhere: what tests of the running server and benchmarks use.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ISSUER = 'usage-insights-bench';
export const AUDIENCE = 'usage-insights-bench';

export interface ServerOptions {
  /** A PostgreSQL server; when absent the service runs on its embedded database in dataDir. */
  databaseUrl?: string;
  dataDir?: string;
  /** Write a V8 CPU profile of the server into this folder. */
  cpuProfDir?: string;
  startTimeoutMs?: number;
  /** Reuse a secret (a restarted server must accept the tokens of the first). */
  secret?: string;
  /** The loopback port to listen on (default: a free one the system picks). */
  port?: number;
  /** Further environment for the server (e.g. HISTORY_CACHE_ENTRIES). */
  env?: Record<string, string>;
  /** Another checkout's bin/usage-insights.js, or the release's dist/cli/main.js. */
  bin?: string;
  /** Arguments after the entry point (default: serve). */
  args?: string[];
  /** Every chunk the server writes to stdout or stderr (tests read its log lines). */
  onOutput?: (text: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  secret: string;
  pid: number;
  /** CPU seconds (user + system) the server process has used so far; null off Linux. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

/** User + system CPU seconds of a process from /proc (Linux, 100 ticks per second). */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts the server and resolves once GET /healthz answers 200. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const port = opts.port ?? (await freePort());
  const secret = opts.secret ?? randomBytes(36).toString('base64url');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^(PORT|HOST|DATA_DIR|DATABASE_URL|AUTH_|LOG_LEVEL|PLANS_FILE|PUBLIC_URL)/.test(k))
      delete env[k];
  }
  // With a server database, DATA_DIR only has to exist: a temporary one, removed on stop.
  const tempDir = opts.dataDir ? null : mkdtempSync(join(tmpdir(), 'ui-bench-srv-'));
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: opts.dataDir ?? tempDir,
    AUTH_JWT_SECRET: secret,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    LOG_LEVEL: 'warn',
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    ...opts.env,
  });
  const nodeArgs = opts.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`] : [];
  const bin = opts.bin ?? 'bin/usage-insights.js';
  const child = spawn(process.execPath, [...nodeArgs, bin, ...(opts.args ?? ['serve'])], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-4000);
    opts.onOutput?.(b.toString());
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await exited(child, 30_000))) {
        child.kill('SIGKILL');
        await exited(child, 5_000);
      }
    }
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + (opts.startTimeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) {
        const pid = child.pid!;
        return { url, port, secret, pid, cpuSeconds: () => processCpuSeconds(pid), stop };
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`server did not become healthy in time:\n${output}`);
}

/** The token settings matching a started server. */
export const tokenConfig = (secret: string) => ({ secret, issuer: ISSUER, audience: AUDIENCE });
