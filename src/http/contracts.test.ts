// Every route answers a valid request with 2xx, and testApp checks each answer against the route's
// contract (contract-check.ts): a field the contract does not name, or a wrong type, is a 500.
import { describe, expect } from 'vitest';
import { z } from 'zod';
import { CONTRACTS } from '../contracts/index.js';
import { contract } from '../contracts/route.js';
import { memoryMailer } from '../reports/testing.js';
import { ingestEvents } from '../services/ingest-events.js';
import { contractProblem } from './contract-check.js';
import { contractRoute } from './contract-route.js';
import { appTest, bearer, testApp } from './testing.js';

const DAY = 86_400_000;
const TYPES = [
  ['session.created', 3],
  ['audio.processed', 42.5],
  ['transcription.completed', 2],
  ['export.generated', 1],
  ['storage.measured', 1200],
  ['api.call', 30],
  ['session.concurrency', 2],
] as const;

// call makes a request that must succeed (2xx).
const test = appTest('2026-11-28T12:00:00Z', {
  context: {
    signingKey: 'test-signing-key-test-signing-key',
    publicUrl: 'https://usage.example.com',
  },
  mailer: memoryMailer(),
  demo: {
    tokens: { secret: 's'.repeat(40), issuer: 'usage-insights', audience: 'usage-insights' },
  },
}).extend(
  'call',
  async ({ app }) =>
    async (method: string, url: string, headers: Record<string, string>, payload?: object) => {
      const res = await app.inject({ method: method as 'GET', url, headers, payload });
      expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
      return res;
    },
);

describe('every route against its contract', () => {
  const seen = new Set<string>();

  test.beforeAll(async ({ ctx, app }) => {
    const start = Date.parse('2026-08-01T09:00:00Z');
    const events = [];
    for (let d = 0; start + d * DAY < ctx.now() - DAY; d++) {
      for (const [type, value] of TYPES) {
        const at = new Date(start + d * DAY + (d % 7) * 3_600_000).toISOString();
        events.push({
          id: `e${d}-${type}`,
          userId: 'alice',
          type,
          occurredAt: at,
          value,
          clientId: `c${d % 3}`,
        });
      }
    }
    await ingestEvents({ ctx, input: { body: { events }, backfill: true } });
    app.addHook('onResponse', async (req, reply) => {
      if (reply.statusCode < 300) seen.add(`${req.method} ${req.routeOptions.url}`);
    });
    await app.ready();
  });

  test('answers every route with what its contract describes', async ({ ctx, app, call }) => {
    const svc = await bearer(ctx, 'svc', 'ingest');
    await call('PUT', '/api/users/alice', svc, {
      email: 'alice@example.com',
      timeZone: 'Asia/Tokyo',
      plan: 'pro',
    });
    await call('POST', '/api/usage/events', svc, {
      events: [
        {
          id: 'late',
          userId: 'alice',
          type: 'api.call',
          occurredAt: '2026-11-28T11:00:00Z',
          value: 1,
        },
      ],
    });
    await call('GET', '/api/users', svc);
    await call('POST', '/api/admin/rollups/rebuild', svc, {});
    await call('GET', '/api/admin/rollups', svc);
    await call('GET', '/api/admin/caches', svc);
    const alice = await bearer(ctx, 'alice');
    for (const q of ['', '?period=7d&groupBy=hour', '?period=12m&groupBy=month&metrics=sessions'])
      await call('GET', `/api/usage/history${q}`, alice);
    await call('GET', '/api/usage/current?tz=Europe/Berlin', alice);
    await call('GET', '/api/usage/events?limit=3', alice);
    await call('GET', '/api/usage/export?format=json', alice);
    for (const type of ['trends', 'patterns', 'predictions', 'comparisons', 'peers', 'anomalies'])
      await call('GET', `/api/usage/analytics?type=${type}&period=3m`, alice);
    await call('GET', '/api/usage/insights', alice);
    await call('GET', '/api/usage/comparisons?period=12m&groupBy=month', alice);
    const key = (await call('POST', '/api/keys', alice, { name: 'ci' })).json();
    await call('GET', '/api/keys', alice);
    await call('DELETE', `/api/keys/${key.id}`, alice);
    await call('PUT', '/api/usage/alerts', alice, { thresholds: [50, 90] });
    await call('GET', '/api/usage/alerts', alice);
    await call('PUT', '/api/usage/budget', alice, { amount: 80 });
    await call('GET', '/api/usage/cost', alice);
    await call('GET', '/api/usage/features', alice);
    await call('GET', '/api/usage/clients?period=30d&metric=api_calls&limit=3', alice);
    await call('GET', '/api/usage/clients/hourly?period=7d', alice);
    await call('GET', '/api/usage/history?period=30d&client=web', alice);
    const sub = (await call('POST', '/api/usage/subscribe', alice, { frequency: 'weekly' })).json();
    await call('POST', '/api/usage/subscribe/test', alice, {});
    await call('GET', '/api/usage/subscribe', alice);
    await call('POST', '/api/admin/reports/send', svc, { userId: 'alice' });
    await call('DELETE', `/api/usage/subscribe/${sub.id}`, alice);
    // Issue 18: the dashboard's telemetry and the operator console.
    const at = new Date(ctx.now() - 60_000).toISOString();
    await call('POST', '/api/telemetry', alice, {
      sessionId: 'contract-1',
      events: [{ name: 'page.view', at }],
    });
    await call('GET', '/api/admin/metrics', svc);
    await call('GET', '/api/admin/lists', svc);
    await call('GET', '/api/admin/lists/upgrade/csv', svc);
    await call('GET', '/api/admin/health', svc);
    await call('POST', '/api/admin/users/alice/view', svc, {});
    const users = (await call('GET', '/api/demo/users', {})).json();
    expect(users.users).toEqual([]);
    // Pages behind email links (a made-up token: a page, or an error in the contract's format).
    for (const [method, url] of [
      ['GET', '/api/unsubscribe'],
      ['POST', '/api/unsubscribe'],
      ['GET', '/api/subscribe/confirm'],
      ['POST', '/api/subscribe/confirm'],
    ] as const) {
      const res = await app.inject({ method, url: `${url}?token=not-a-real-token` });
      expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
      seen.add(`${method} ${url}`);
    }
    seen.add('POST /api/demo/session'); // demo.test.ts signs a real demo user in, answers checked too
    const all = Object.values(CONTRACTS).map((c) => `${c.method} ${c.url}`);
    expect(all.filter((r) => !seen.has(r))).toEqual([]);
  });

  test('fails an answer with a field, a type or a status its contract does not describe', async () => {
    const c = contract({
      method: 'GET',
      url: '/x',
      operationId: 'x',
      summary: 'x',
      tag: 'Usage',
      response: { 200: z.object({ n: z.number(), inner: z.object({ s: z.string() }) }) },
    });
    expect(contractProblem(c, 200, { n: 1, inner: { s: 'a' } })).toBeNull();
    expect(contractProblem(c, 200, { n: 1, inner: { s: 'a', extra: 1 } })).toMatch(/does not name/);
    expect(contractProblem(c, 200, { n: '1', inner: { s: 'a' } })).toMatch(/expected number/);
    expect(contractProblem(c, 201, { n: 1, inner: { s: 'a' } })).toMatch(/not in the contract/);
    expect(contractProblem(c, 400, { error: { code: 'x', message: 'y', issues: [] } })).toBeNull();
    expect(contractProblem(c, 400, { message: 'y' })).not.toBeNull();
  });

  test('turns a route that breaks its contract into a 500 under test', async ({ ctx }) => {
    const local = testApp(ctx);
    const broken = contract({
      method: 'GET',
      url: '/api/broken',
      operationId: 'broken',
      summary: 'broken',
      tag: 'Usage',
      response: { 200: z.object({ ok: z.boolean() }) },
    });
    contractRoute(local, broken, async () => ({ ok: true, leaked: 'secret' }));
    await local.ready();
    expect((await local.inject({ url: '/api/broken' })).statusCode).toBe(500);
    await local.close();
  });
});
