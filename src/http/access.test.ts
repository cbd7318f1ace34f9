// For every route in the router: a token never reaches another user's data, scopes stay apart,
// and no query or body can name another user.
import type { FastifyInstance } from 'fastify';
import { describe, expect } from 'vitest';
import { DEFAULT_RATE_LIMITS } from './server.js';
import { appTest, bearer } from './testing.js';

// The walks below send every route several requests as one user: this suite tests access, not
// the per-user limit (rate-limit tests do), which a growing route table would otherwise reach.
const test = appTest('2026-11-28T12:00:00Z', {
  rateLimits: {
    ...DEFAULT_RATE_LIMITS,
    perUser: { perMinute: 100_000, burst: 100_000 },
  },
});

describe('access control over every route', () => {
  test.beforeAll(async ({ app, ctx }) => {
    await app.ready();
    const events = Array.from({ length: 7 }, (_, i) => ({
      id: `secret-${i}`,
      userId: 'alice',
      type: 'audio.processed',
      occurredAt: '2026-11-27T10:00:00Z',
      value: 777.125,
      clientId: 'alice-laptop',
    }));
    const res = await app.inject({
      method: 'POST',
      url: '/api/usage/events',
      headers: await bearer(ctx, 'svc', 'ingest'),
      payload: { events },
    });
    expect(res.statusCode).toBe(200);
  });

  const PUBLIC = ['/api/openapi.json', '/api/unsubscribe', '/api/subscribe/confirm'];
  const apiRoutes = (app: FastifyInstance) =>
    app.routeTable.filter((r) => r.url.startsWith('/api/') && !PUBLIC.includes(r.url));
  const fill = (url: string, id: string) => url.replace(/:[A-Za-z]+/g, id);

  test('documents exactly the routes the router has', async ({ app }) => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const routed = app.routeTable.filter(
      (r) => r.url.startsWith('/api/') && r.url !== '/api/openapi.json',
    );
    expect(documented.sort()).toEqual(routed.map((r) => `${r.method} ${r.url}`).sort());
    const docs = await app.inject({ url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  test('lists routes, and every /api route needs a scope', ({ app }) => {
    expect(apiRoutes(app).length).toBeGreaterThanOrEqual(4);
    for (const r of apiRoutes(app))
      expect(r.scope, `${r.method} ${r.url}`).toMatch(/^(read|ingest)$/);
  });

  test('serves the comparison views (issue 17 §3) to the caller only, with a read credential', async ({
    ctx,
    app,
  }) => {
    const route = apiRoutes(app).find((r) => r.url === '/api/usage/comparisons');
    expect(route).toMatchObject({ method: 'GET', scope: 'read' });
    const url = '/api/usage/comparisons?period=7d&metrics=audio_minutes';
    const own = await app.inject({ url, headers: await bearer(ctx, 'alice') });
    expect(own.json().metrics[0].yearOverYear.buckets.at(-1).value).toBe(7 * 777.125);
    const other = await app.inject({ url, headers: await bearer(ctx, 'carol') });
    expect(other.body).not.toMatch(/5439\.875|777\.125/);
    const service = await app.inject({ url, headers: await bearer(ctx, 'svc', 'ingest') });
    expect(service.statusCode).toBe(403);
  });

  test("never shows one user's data to another, whatever the route", async ({ ctx, app }) => {
    const bob = await bearer(ctx, 'bob');
    for (const r of apiRoutes(app).filter((x) => x.scope === 'read')) {
      for (const url of [fill(r.url, 'alice'), fill(r.url, 'secret-1')]) {
        const res = await app.inject({
          method: r.method as 'GET',
          url,
          headers: bob,
          payload: r.method === 'GET' ? undefined : {},
        });
        expect(res.statusCode, `${r.method} ${url}`).toBeLessThan(500);
        expect(res.body, `${r.method} ${url}`).not.toMatch(
          /alice|secret-|777\.125|1554\.25|5439\.875/,
        );
      }
    }
  });

  test("finds nothing of another user's client through the client filter", async ({ ctx, app }) => {
    // Its own user, so bob's rate budget stays for the walks over every route.
    const bob = await bearer(ctx, 'carol');
    for (const url of [
      '/api/usage/history?period=7d&client=alice-laptop',
      '/api/usage/export?format=csv&period=7d&client=alice-laptop',
      '/api/usage/export?format=csv&raw=true&period=7d&client=alice-laptop',
      '/api/usage/clients?period=7d&metric=audio_minutes',
      '/api/usage/clients/hourly?period=7d&metric=audio_minutes',
    ]) {
      const res = await app.inject({ url, headers: bob });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toMatch(/alice|777\.125|5439\.875/);
    }
    const hist = await app.inject({
      url: '/api/usage/history?period=7d&client=alice-laptop&metrics=audio_minutes',
      headers: bob,
    });
    expect(hist.json().totals.audio_minutes).toBe(0);
  });

  test('refuses query parameters or body fields that name a user', async ({ ctx, app }) => {
    // Another caller than the test above: the clock stands still, so one user's burst would run out.
    const bob = await bearer(ctx, 'bob-2');
    for (const r of apiRoutes(app).filter((x) => x.scope === 'read')) {
      for (const field of ['userId', 'user', 'user_id', 'sub']) {
        const url = `${fill(r.url, 'x')}?${field}=alice`;
        const res = await app.inject({
          method: r.method as 'GET',
          url,
          headers: bob,
          payload: r.method === 'GET' ? undefined : { [field]: 'alice' },
        });
        expect([400, 404], `${r.method} ${url}`).toContain(res.statusCode);
      }
    }
  });

  test('keeps read tokens off ingest routes and service tokens off read routes', async ({
    ctx,
    app,
  }) => {
    const reader = await bearer(ctx, 'alice');
    const service = await bearer(ctx, 'svc', 'ingest');
    for (const r of apiRoutes(app)) {
      const headers = r.scope === 'read' ? service : reader;
      const res = await app.inject({
        method: r.method as 'GET',
        url: fill(r.url, 'alice'),
        headers,
        payload: r.method === 'GET' ? undefined : {},
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
    }
  });

  test('lets a personal API key read, and refuses it on every route that is not a read', async ({
    ctx,
    t,
    app,
  }) => {
    const owner = await bearer(ctx, 'alice');
    const created = await app.inject({
      method: 'POST',
      url: '/api/keys',
      headers: owner,
      payload: { name: 'read-only' },
    });
    expect(created.statusCode).toBe(201);
    const asKey = { authorization: `Bearer ${created.json().key}` };
    // Requests that would succeed with the user's token: the attacks from the review.
    const valid: Record<string, unknown> = {
      'POST /api/usage/subscribe': { frequency: 'monthly', email: 'outside@example.com' },
      'PUT /api/usage/alerts': { enabled: false, webhookUrl: 'https://example.com/hook' },
      'PUT /api/usage/budget': { amount: 50, thresholds: [80] },
    };
    const writes = apiRoutes(app).filter((r) => r.method !== 'GET');
    expect(writes.length).toBeGreaterThanOrEqual(6);
    for (const r of writes) {
      const res = await app.inject({
        method: r.method as 'POST',
        url: fill(r.url, 'x'),
        headers: asKey,
        payload: valid[`${r.method} ${r.url}`] ?? {},
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
    }
    const [state] = await t.db.query<{ subs: number; alerts: number; budgets: number }>(
      `SELECT (SELECT count(*)::int FROM report_subscriptions WHERE user_id = 'alice') AS subs,
              (SELECT count(*)::int FROM alert_settings WHERE user_id = 'alice') AS alerts,
              (SELECT count(*)::int FROM spend_budgets WHERE user_id = 'alice') AS budgets`,
    );
    expect(state).toEqual({ subs: 0, alerts: 0, budgets: 0 });
    // Every read route still answers the key (keys themselves are managed with the user token).
    for (const r of apiRoutes(app).filter((x) => x.method === 'GET' && x.scope === 'read')) {
      const res = await app.inject({ url: fill(r.url, 'x'), headers: asKey });
      if (r.url === '/api/keys') expect(res.statusCode).toBe(403);
      else expect([200, 400, 404], `GET ${r.url}`).toContain(res.statusCode);
    }
  });
});
