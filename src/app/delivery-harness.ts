// What a delivery test needs around the running server: a webhook receiver, the server itself on
// a fresh data folder (and a fresh database under DATABASE_URL), authenticated calls, and the
// outbox's emails. Registers its own beforeAll/afterAll in the calling describe block.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestDatabaseUrl } from '../store/testing.js';
import { startServer, type RunningServer } from './spawn-server.js';

export interface ReceivedHook {
  at: number;
  body: string;
  signature: string;
}

/** A server with a webhook receiver for the tests of one describe block; ports 0 pick free ones. */
export function deliveryHarness(opts: { prefix: string; port?: number; hookPort?: number }) {
  const dataDir = mkdtempSync(join(tmpdir(), opts.prefix));
  const hooks: ReceivedHook[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const signature = String(req.headers['usage-insights-signature']);
      hooks.push({ at: Date.now(), body, signature });
      res.end('ok');
    });
  });
  let server: RunningServer;
  let database: Awaited<ReturnType<typeof createTestDatabaseUrl>>;

  beforeAll(async () => {
    await new Promise<void>((r) => receiver.listen(opts.hookPort ?? 0, '127.0.0.1', r));
    database = await createTestDatabaseUrl();
    server = await startServer({
      dataDir,
      port: opts.port,
      databaseUrl: database?.url,
      env: { WEBHOOK_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'error' },
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await new Promise((r) => receiver.close(r));
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    hooks,
    server: () => server,
    hookUrl: () => `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
    /** An authenticated call that must answer 200; its JSON. */
    async call(path: string, token: string, method = 'GET', body?: unknown) {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBe(200);
      return res.json();
    },
    /** Every email in the outbox so far. */
    outbox() {
      const dir = join(dataDir, 'outbox');
      return existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.eml'))
            .map((f) => readFileSync(join(dir, f), 'utf8'))
        : [];
    },
  };
}
