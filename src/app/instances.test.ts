// Several server processes on one PostgreSQL server, as behind a load balancer: `serve --workers 2`
// and a second, separate `serve`. One rate limit for a user across all of them, fresh answers
// everywhere after a write anywhere, and an alert delivered once although three workers poll.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../services/tokens.js';
import { createTestDatabaseUrl } from '../store/testing.js';
import { startServer, tokenConfig, type RunningServer } from './spawn-server.js';

describe.skipIf(!process.env.DATABASE_URL)('many instances on one database', () => {
  const hooks: string[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hooks.push(body);
      res.end('ok');
    });
  });
  let a: RunningServer;
  let b: RunningServer;
  let database: Awaited<ReturnType<typeof createTestDatabaseUrl>>;
  const env = {
    WEBHOOK_ALLOW_PRIVATE: 'true',
    LOG_LEVEL: 'error',
    RATE_LIMIT_USER_PER_MINUTE: '30', // a burst of 6
  };

  beforeAll(async () => {
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    database = await createTestDatabaseUrl();
    a = await startServer({ databaseUrl: database!.url, env, args: ['serve', '--workers', '2'] });
    b = await startServer({ databaseUrl: database!.url, env, secret: a.secret });
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await new Promise((r) => receiver.close(r));
    await database?.drop();
  });

  const call = (srv: RunningServer, path: string, token: string, method = 'GET', body?: unknown) =>
    fetch(`${srv.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  const events = (user: string, type: string, n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}-${i}`,
      userId: user,
      type,
      occurredAt: new Date(Date.now() - i * 60_000).toISOString(),
    }));

  it('charges one rate limit for a user across every process', async () => {
    const read = await mintToken(tokenConfig(a.secret), 'rl-user', 'read', 3600, Date.now());
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // A's two workers take turns, and B: three processes, one bucket.
      const res = await call(i % 3 === 2 ? b : a, '/api/usage/current', read);
      statuses.push(res.status);
    }
    const ok = statuses.filter((s) => s === 200).length;
    // Each process on its own would let 6 through (18 in all); one shared bucket lets 6, plus
    // at most one refilled while the requests run.
    expect(ok, statuses.join(',')).toBeGreaterThanOrEqual(6);
    expect(ok, statuses.join(',')).toBeLessThanOrEqual(7);
    expect(statuses.filter((s) => s === 429).length).toBe(12 - ok);
  });

  it('answers fresh data on every process after a write on another', async () => {
    const cfg = tokenConfig(a.secret);
    const ingest = await mintToken(cfg, 'svc', 'ingest', 3600, Date.now());
    const read = await mintToken(cfg, 'cache-user', 'read', 3600, Date.now());
    const total = async (srv: RunningServer) => {
      const res = await call(srv, '/api/usage/history?period=7d&metrics=api_calls', read);
      expect(res.status).toBe(200);
      return ((await res.json()) as { totals: { api_calls: number } }).totals.api_calls;
    };
    await call(a, '/api/usage/events', ingest, 'POST', {
      events: events('cache-user', 'api.call', 5, 'c1'),
    });
    expect(await total(b)).toBe(5);
    expect(await total(b)).toBe(5); // now cached on B
    await call(a, '/api/usage/events', ingest, 'POST', {
      events: events('cache-user', 'api.call', 7, 'c2'),
    });
    expect(await total(b)).toBe(12);
  });

  it('delivers an alert once although every process runs a worker', async () => {
    const cfg = tokenConfig(a.secret);
    const service = await mintToken(cfg, 'platform', 'ingest', 3600, Date.now());
    const user = await mintToken(cfg, 'alert-user', 'read', 3600, Date.now());
    const put = await call(b, '/api/users/alert-user', service, 'PUT', {
      email: 'alert-user@example.com',
      plan: 'free',
    });
    expect(put.status).toBe(200);
    const port = (receiver.address() as AddressInfo).port;
    const alerts = await call(a, '/api/usage/alerts', user, 'PUT', {
      webhookUrl: `http://127.0.0.1:${port}/hook`,
      forecast: false,
    });
    expect(alerts.status).toBe(200);
    // Two batches through different processes cross the 80% line of 25 sessions.
    for (const [srv, prefix] of [
      [a, 's1'],
      [b, 's2'],
    ] as const) {
      const res = await call(srv, '/api/usage/events', service, 'POST', {
        events: events('alert-user', 'session.created', 11, prefix),
      });
      expect(res.status).toBe(200);
    }
    const deadline = Date.now() + 60_000;
    while (hooks.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    // Time for a second delivery to show up if any process were to send one.
    await new Promise((r) => setTimeout(r, 5000));
    expect(hooks).toHaveLength(1);
    expect(JSON.parse(hooks[0]!).alerts).toEqual([
      expect.objectContaining({ metric: 'sessions', kind: 'threshold-80', value: 22 }),
    ]);
  }, 120_000);
});
