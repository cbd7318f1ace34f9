// Starts `usage-insights start` (demo mode) on a temporary data directory seeded with a few demo
// users, and hands its URL to the specs. The web build is made by `npm run e2e` beforehand.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's data directory (its outbox holds the emails the demo server "sends"). */
    dataDir: string;
    /** The port of the example host app (e2e/embed.spec.ts), whose origin may embed the app. */
    embedHostPort: number;
  }
}

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'usage-insights.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`server not ready in ${timeoutMs} ms:\n${out}`)),
      timeoutMs,
    );
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /ready in [\d.]+ s at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'usage-insights-e2e-'));
  // The example host app's origin (another site than the server's 127.0.0.1) may embed the app.
  // E2E_EMBED_PORT pins it like E2E_PORT below.
  const embedHostPort = process.env.E2E_EMBED_PORT
    ? Number(process.env.E2E_EMBED_PORT)
    : await freePort();
  // Webhooks may target loopback here: the specs receive them on 127.0.0.1.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // Every page of every spec signs in through the demo's public routes from one address.
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '6000',
    WEBHOOK_ALLOW_PRIVATE: 'true',
    EMBED_ALLOWED_ORIGINS: `http://localhost:${embedHostPort}`,
  };
  delete env.DATABASE_URL;
  // Every demo user `start` expects (the CLI's default count, so `start` has nothing to add),
  // with four months each instead of thirteen: enough for every view, seeded in well under a minute.
  const seed = spawnSync(process.execPath, [CLI, 'seed', '--months', '4'], {
    env,
    encoding: 'utf8',
  });
  if (seed.status !== 0) throw new Error(`seed failed:\n${seed.stdout}\n${seed.stderr}`);
  // E2E_PORT pins the server to a known port (a machine shared by several runs gives each its range).
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  const server = spawn(process.execPath, [CLI, 'start'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForReady(server, 120_000);
  project.provide('baseUrl', url);
  project.provide('dataDir', dataDir);
  project.provide('embedHostPort', embedHostPort);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => {
      if (server.exitCode !== null) return r(null);
      server.once('exit', r);
      setTimeout(r, 10_000);
    });
    rmSync(dataDir, { recursive: true, force: true });
  };
}
