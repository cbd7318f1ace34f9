// Spend-budget alerts on the running server: the user sets a monthly budget, the platform sends
// audio that takes the bill past it, and the server's own worker raises the budget alert and
// delivers it exactly as limit alerts are delivered (email in the outbox, signed webhook).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../services/tokens.js';
import { createTestDatabaseUrl } from '../store/testing.js';
import { startServer, tokenConfig, type RunningServer } from './spawn-server.js';

const FRESHNESS_MS = 60_000;
// Inside this suite's port range (18300-18399).
const SERVER_PORT = 18301;
const HOOK_PORT = 18302;

describe('spend budget alerts on the running server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ui-budget-'));
  const hooks: string[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hooks.push(body);
      res.end('ok');
    });
  });
  let server: RunningServer;
  let database: Awaited<ReturnType<typeof createTestDatabaseUrl>>;

  beforeAll(async () => {
    await new Promise<void>((r) => receiver.listen(HOOK_PORT, '127.0.0.1', r));
    database = await createTestDatabaseUrl();
    server = await startServer({
      dataDir,
      port: SERVER_PORT,
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

  const call = async (path: string, token: string, method = 'GET', body?: unknown) => {
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
  };

  const outbox = () => {
    const dir = join(dataDir, 'outbox');
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.eml'))
          .map((f) => readFileSync(join(dir, f), 'utf8'))
      : [];
  };

  it('emails and posts the budget alert once the bill passes the budget', async () => {
    const cfg = tokenConfig(server.secret);
    const service = await mintToken(cfg, 'platform', 'ingest', 3600, Date.now());
    const user = await mintToken(cfg, 'budget-user', 'read', 3600, Date.now());
    await call('/api/users/budget-user', service, 'PUT', {
      email: 'budget-user@example.com',
      plan: 'starter',
    });
    // Limit alerts off: what arrives is the budget's alone.
    await call('/api/usage/alerts', user, 'PUT', {
      enabled: false,
      webhookUrl: `http://127.0.0.1:${HOOK_PORT}/hook`,
    });
    await call('/api/usage/budget', user, 'PUT', {
      amount: 25,
      thresholds: [100],
      forecast: false,
    });
    // 1,000 audio minutes on Starter: $19 + 400 x $0.03 = $31, past the $25 budget.
    const now = Date.now();
    const events = Array.from({ length: 10 }, (_, i) => ({
      id: `a-${i}`,
      userId: 'budget-user',
      type: 'audio.processed',
      occurredAt: new Date(now - i * 1000).toISOString(),
      value: 100,
    }));
    expect(await call('/api/usage/events', service, 'POST', { events })).toMatchObject({
      accepted: 10,
    });
    const acked = Date.now();
    let email: string | undefined;
    while (Date.now() - acked < FRESHNESS_MS && (!email || hooks.length === 0)) {
      await new Promise((r) => setTimeout(r, 250));
      email = outbox().find((m) => m.includes('budget-user@example.com'));
    }
    expect(email, 'the budget email reached the outbox').toBeDefined();
    expect(email).toContain('Subject: Usage alert: Spend budget');
    expect(email).toContain('$31 of $25 spent this billing period');
    expect(hooks, 'the webhook arrived').toHaveLength(1);
    expect(JSON.parse(hooks[0]!).alerts).toEqual([
      expect.objectContaining({ metric: 'spend', kind: 'budget-100', value: 31, limit: 25 }),
    ]);
    const listed = await call('/api/usage/alerts', user);
    expect(listed.alerts).toEqual([
      expect.objectContaining({ metric: 'spend', kind: 'budget-100' }),
    ]);
    const cost = await call('/api/usage/cost', user);
    expect(cost.accrued).toEqual({ base: 19, overage: 12, total: 31 });
  }, 120_000);
});
