import { SignJWT, generateKeyPair } from 'jose';
import { describe, expect } from 'vitest';
import { appTest, bearer, TEST_TOKEN_CONFIG } from './testing.js';

const test = appTest('2026-11-28T12:00:00Z');

describe('HTTP API', () => {
  const events = (n: number, user = 'http-user') =>
    Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      userId: user,
      type: 'api.call',
      occurredAt: '2026-11-28T10:00:00Z',
    }));

  test('ingests with a service token and serves the events in history within the same second', async ({
    ctx,
    app,
  }) => {
    const post = await app.inject({
      method: 'POST',
      url: '/api/usage/events',
      headers: await bearer(ctx, 'service', 'ingest'),
      payload: { events: events(3) },
    });
    expect(post.statusCode).toBe(200);
    expect(post.json()).toEqual({ accepted: 3, duplicates: 0, conflicts: [] });
    const get = await app.inject({
      url: '/api/usage/history?period=7d&metrics=api_calls',
      headers: await bearer(ctx, 'http-user'),
    });
    expect(get.statusCode).toBe(200);
    expect(get.json().totals).toEqual({ api_calls: 3 });
  });

  test('refuses missing, malformed, forged, expired, alg:none and wrong-audience tokens with 401', async ({
    ctx,
    app,
  }) => {
    const secret = new TextEncoder().encode(TEST_TOKEN_CONFIG.secret);
    const base = () =>
      new SignJWT({ scope: 'read' })
        .setSubject('http-user')
        .setIssuer('usage-insights')
        .setAudience('usage-insights');
    const now = Math.floor(ctx.now() / 1000);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({
        sub: 'http-user',
        scope: 'read',
        iss: 'usage-insights',
        aud: 'usage-insights',
        exp: now + 60,
      }),
    ).toString('base64url')}.`;
    const { privateKey } = await generateKeyPair('RS256');
    const tokens = [
      undefined,
      'Basic abc',
      'Bearer not-a-jwt-at-all',
      `Bearer ${await base()
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime(now + 60)
        .sign(new TextEncoder().encode('another-secret-another-secret-0123456'))}`,
      `Bearer ${await base()
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime(now - 1)
        .sign(secret)}`,
      `Bearer ${none}`,
      `Bearer ${await base()
        .setProtectedHeader({ alg: 'RS256' })
        .setExpirationTime(now + 60)
        .sign(privateKey)}`,
      `Bearer ${await new SignJWT({ scope: 'read' })
        .setSubject('http-user')
        .setIssuer('usage-insights')
        .setAudience('elsewhere')
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime(now + 60)
        .sign(secret)}`,
    ];
    for (const authorization of tokens) {
      const res = await app.inject({
        url: '/api/usage/history',
        headers: authorization ? { authorization } : {},
      });
      expect(res.statusCode, authorization).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    }
  });

  test('keeps read and ingest scopes apart', async ({ ctx, app }) => {
    const ingestAsReader = await app.inject({
      method: 'POST',
      url: '/api/usage/events',
      headers: await bearer(ctx, 'http-user'),
      payload: { events: events(1) },
    });
    expect(ingestAsReader.statusCode).toBe(403);
    const readAsService = await app.inject({
      url: '/api/usage/history',
      headers: await bearer(ctx, 'service', 'ingest'),
    });
    expect(readAsService.statusCode).toBe(403);
  });

  test('answers bad input with 400 naming the field, and oversized bodies with 413', async ({
    ctx,
    app,
  }) => {
    const h = await bearer(ctx, 'http-user');
    const cases: [string, string][] = [
      ['/api/usage/history?metrics=sessions,bogus', 'metrics'],
      ['/api/usage/history?groupBy=hour&period=3m', 'groupBy'],
      ['/api/usage/history?period=custom&from=2026-02-01&to=2026-01-01', 'from'],
      ['/api/usage/history?period=custom&from=2020-01-01&to=2026-01-01', 'to'],
      ['/api/usage/history?period=custom&from=2026-13-45&to=2026-01-01', 'from'],
      ['/api/usage/history?tz=Mars/Olympus', 'tz'],
      ['/api/usage/history?userId=someone-else', 'userId'],
    ];
    for (const [url, field] of cases) {
      const res = await app.inject({ url, headers: h });
      expect(res.statusCode, url).toBe(400);
      expect(
        res
          .json()
          .error.issues.map((i: { field: string }) => i.field)
          .join(),
        url,
      ).toContain(field);
    }
    const svc = await bearer(ctx, 'service', 'ingest');
    const tooMany = await app.inject({
      method: 'POST',
      url: '/api/usage/events',
      headers: svc,
      payload: { events: events(1001) },
    });
    expect(tooMany.statusCode).toBe(400);
    const huge = await app.inject({
      method: 'POST',
      url: '/api/usage/events',
      headers: { ...svc, 'content-type': 'application/json' },
      payload: JSON.stringify({ events: [{ id: 'x'.repeat(2_000_000) }] }),
    });
    expect(huge.statusCode).toBe(413);
    const badJson = await app.inject({
      method: 'POST',
      url: '/api/usage/events',
      headers: { ...svc, 'content-type': 'application/json' },
      payload: '{"events": [',
    });
    expect(badJson.statusCode).toBe(400);
  });

  test('sets a user through the service route and refuses unknown fields', async ({ ctx, app }) => {
    const svc = await bearer(ctx, 'service', 'ingest');
    const ok = await app.inject({
      method: 'PUT',
      url: '/api/users/u-put',
      headers: svc,
      payload: { timeZone: 'Asia/Kolkata', plan: 'pro', email: 'a@example.com' },
    });
    expect(ok.json()).toEqual({
      id: 'u-put',
      email: 'a@example.com',
      timeZone: 'Asia/Kolkata',
      plan: 'pro',
    });
    // The operators' list names the plan as the admin page's sentences write it.
    const listed = (await app.inject({ url: '/api/users', headers: svc })).json();
    expect(listed.users.find((u: { id: string }) => u.id === 'u-put')).toMatchObject({
      plan: 'pro',
      planName: 'Pro',
    });
    const unknown = await app.inject({
      method: 'PUT',
      url: '/api/users/u-put',
      headers: svc,
      payload: { role: 'admin' },
    });
    expect(unknown.statusCode).toBe(400);
    const badPlan = await app.inject({
      method: 'PUT',
      url: '/api/users/u-put',
      headers: svc,
      payload: { plan: 'platinum' },
    });
    expect(badPlan.json().error.issues).toEqual([
      { field: 'plan', reason: 'unknown plan "platinum"' },
    ]);
  });

  test('serves /healthz without a token and month-to-date usage against limits', async ({
    ctx,
    app,
  }) => {
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const cur = await app.inject({
      url: '/api/usage/current',
      headers: await bearer(ctx, 'http-user'),
    });
    expect(cur.json().metrics.sessions).toEqual({ used: 0, limit: 25, percent: 0, remaining: 25 });
  });
});
