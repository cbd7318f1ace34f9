// Every kind of response carries the security headers: pages, API answers, errors, 404s, and the
// unsubscribe page that a mail client opens without signing in.
import { describe, expect } from 'vitest';
import { unsubscribeToken } from '../services/signed-links.js';
import { appTest, bearer } from './testing.js';

const test = appTest('2026-11-28T12:00:00Z', { context: { signingKey: 'k'.repeat(40) } });

describe('security headers', () => {
  test.beforeAll(async ({ app }) => {
    await app.ready();
  });

  test('are on every response, whatever the route and status', async ({ ctx, app }) => {
    const reader = await bearer(ctx, 'headers-user');
    const svc = await bearer(ctx, 'svc', 'ingest');
    const unsubscribe = `/api/unsubscribe?token=${unsubscribeToken(ctx, 'headers-user', 'abc')}`;
    const requests: { url: string; method?: 'GET' | 'POST'; headers?: object; payload?: string }[] =
      [
        { url: '/' },
        { url: '/healthz' },
        { url: '/api/openapi.json' },
        { url: '/api/usage/history?period=7d', headers: reader },
        { url: '/api/usage/history' },
        { url: '/api/usage/history?period=bogus', headers: reader },
        { url: '/api/usage/events', method: 'POST', headers: reader },
        { url: '/api/no-such-route' },
        { url: unsubscribe },
        { url: unsubscribe, method: 'POST' },
        { url: '/api/unsubscribe?token=forged.forged-forged' },
        {
          url: '/api/usage/events',
          method: 'POST',
          headers: { ...svc, 'content-type': 'application/json' },
          payload: JSON.stringify({ events: [{ id: 'x'.repeat(2_000_000) }] }),
        },
      ];
    const statuses = [];
    for (const r of requests) {
      const res = await app.inject({ method: r.method ?? 'GET', ...r } as never);
      statuses.push(res.statusCode);
      const where = `${r.method ?? 'GET'} ${r.url.slice(0, 40)} (${res.statusCode})`;
      expect(res.headers['x-content-type-options'], where).toBe('nosniff');
      expect(res.headers['x-frame-options'], where).toBe('DENY');
      expect(res.headers['referrer-policy'], where).toBe('no-referrer');
      const csp = String(res.headers['content-security-policy']);
      expect(csp, where).toContain("frame-ancestors 'none'");
      expect(csp, where).toContain("default-src 'self'");
      expect(csp, where).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
    // The list covers successes, the unsubscribe page, and each kind of refusal.
    expect(statuses).toEqual(expect.arrayContaining([200, 400, 401, 403, 404, 413]));
  });

  test('keep answers to a credential out of shared caches', async ({ ctx, app }) => {
    const reader = await bearer(ctx, 'headers-user');
    for (const url of ['/api/usage/current', '/api/keys', '/api/usage/alerts', '/api/usage/cost']) {
      const res = await app.inject({ url, headers: reader });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('private, no-store');
    }
    // An answer revalidated by its ETag keeps its own rule; a public page none of this.
    const history = await app.inject({ url: '/api/usage/history?period=7d', headers: reader });
    expect(history.headers['cache-control']).toBe('private, no-cache');
    expect((await app.inject({ url: '/healthz' })).headers['cache-control']).toBeUndefined();
  });
});
