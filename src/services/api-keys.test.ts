import { describe, expect } from 'vitest';
import { appTest, bearer } from '../http/testing.js';

const test = appTest('2026-11-28T12:00:00Z');

describe('personal API keys', () => {
  test('are shown once, read like the user, stored only as a hash, and die on revocation', async ({
    t,
    ctx,
    app,
  }) => {
    const user = await bearer(ctx, 'key-owner');
    const created = await app.inject({
      method: 'POST',
      url: '/api/keys',
      headers: user,
      payload: { name: 'reporting' },
    });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json();
    expect(key).toMatch(/^uik_/);
    const asKey = { authorization: `Bearer ${key}` };
    expect((await app.inject({ url: '/api/usage/current', headers: asKey })).statusCode).toBe(200);
    const listed = (await app.inject({ url: '/api/keys', headers: user })).json();
    expect(listed.keys).toEqual([
      expect.objectContaining({ id, name: 'reporting', scope: 'read' }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(key.split('.')[2]);
    // A database dump holds no usable key.
    const dump = JSON.stringify(await t.db.query('SELECT * FROM api_keys'));
    expect(dump).not.toContain(key.split('.')[2]);
    // A key cannot ingest or mint keys.
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/usage/events',
          headers: asKey,
          payload: { events: [] },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await app.inject({ method: 'POST', url: '/api/keys', headers: asKey, payload: {} }))
        .statusCode,
    ).toBe(403);
    // Another user cannot revoke it: exactly a missing key's answer.
    const other = await app.inject({
      method: 'DELETE',
      url: `/api/keys/${id}`,
      headers: await bearer(ctx, 'someone'),
    });
    const missing = await app.inject({
      method: 'DELETE',
      url: `/api/keys/000000000000`,
      headers: await bearer(ctx, 'someone'),
    });
    // Each answer carries its own request id; everything else must be identical.
    const withoutId = (body: string) => ({ ...JSON.parse(body).error, requestId: undefined });
    expect([other.statusCode, withoutId(other.body)]).toEqual([
      missing.statusCode,
      withoutId(missing.body),
    ]);
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/keys/${id}`, headers: user })).statusCode,
    ).toBe(204);
    expect((await app.inject({ url: '/api/usage/current', headers: asKey })).statusCode).toBe(401);
  });

  test('record their use only after the secret matched', async ({ ctx, app }) => {
    const user = await bearer(ctx, 'last-used');
    const { key, id } = (
      await app.inject({ method: 'POST', url: '/api/keys', headers: user, payload: {} })
    ).json();
    const [head, keyId, secret] = key.split('.');
    const wrong = `${head}.${keyId}.${secret.slice(0, -4)}AAAA`;
    const lastUsed = async () =>
      (await app.inject({ url: '/api/keys', headers: user }))
        .json()
        .keys.find((k: { id: string }) => k.id === id).lastUsedAt;
    const guess = await app.inject({
      url: '/api/usage/current',
      headers: { authorization: `Bearer ${wrong}` },
    });
    expect(guess.statusCode).toBe(401);
    expect(await lastUsed()).toBeNull();
    const real = await app.inject({
      url: '/api/usage/current',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(real.statusCode).toBe(200);
    expect(await lastUsed()).not.toBeNull();
  });

  test('refuses tampered keys', async ({ ctx, app }) => {
    const { key } = (
      await app.inject({
        method: 'POST',
        url: '/api/keys',
        headers: await bearer(ctx, 'tamper'),
        payload: {},
      })
    ).json();
    const parts = key.split('.');
    for (const bad of [
      `${parts[0]}.${parts[1]}.${parts[2].slice(0, -2)}xx`,
      `uik_${Buffer.from('someone').toString('base64url')}.${parts[1]}.${parts[2]}`,
      'uik_garbage',
    ]) {
      expect(
        (
          await app.inject({
            url: '/api/usage/current',
            headers: { authorization: `Bearer ${bad}` },
          })
        ).statusCode,
      ).toBe(401);
    }
  });
});

// Its own context and app: the limits are tighter, and the test moves the clock.
const limitedTest = appTest('2026-11-28T12:00:00Z', {
  rateLimits: { perUser: { perMinute: 60, burst: 5 }, perKey: { perMinute: 60, burst: 2 } },
});

describe('rate limits', () => {
  limitedTest('answer 429 with Retry-After per key and per user', async ({ ctx, app }) => {
    const user = await bearer(ctx, 'busy');
    const { key } = (
      await app.inject({ method: 'POST', url: '/api/keys', headers: user, payload: {} })
    ).json();
    const asKey = { authorization: `Bearer ${key}` };
    const codes = [];
    for (let i = 0; i < 3; i++)
      codes.push((await app.inject({ url: '/api/keys', headers: asKey })).statusCode);
    expect(codes).toEqual([403, 403, 429]);
    const limited = await app.inject({ url: '/api/usage/current', headers: asKey });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // The user's own token shares the user's budget: 1 (create) + 3 key calls + 1 = 5 used.
    expect((await app.inject({ url: '/api/keys', headers: user })).statusCode).toBe(429);
    ctx.setNow(Date.parse('2026-11-28T12:01:00Z'));
    expect((await app.inject({ url: '/api/usage/current', headers: asKey })).statusCode).toBe(200);
  });
});
