// Unauthenticated and failed-auth requests are limited per client address (X-Forwarded-For only
// from trusted proxies); requests with a valid credential are never charged.
import type { FastifyInstance } from 'fastify';
import { describe, expect } from 'vitest';
import { serviceTest } from '../services/testing.js';
import { addressKey } from './auth-failure-limit.js';
import { bearer, testApp } from './testing.js';

const LIMIT = { perMinute: 60, burst: 5 };
const guessedKey = `Bearer uik_${Buffer.from('victim').toString('base64url')}.0123456789ab.guess`;

const test = serviceTest('2026-11-28T12:00:00Z');

describe('failed-auth limit per client address', () => {
  const get = (app: FastifyInstance, from: string, authorization?: string, more = {}) =>
    app.inject({
      url: '/api/usage/current',
      remoteAddress: from,
      headers: { ...(authorization ? { authorization } : {}), ...more },
    });

  test('refuses an address after its budget of failures, and never charges valid credentials', async ({
    ctx,
  }) => {
    const app = testApp(ctx, { anonymousLimit: LIMIT });
    const valid = (await bearer(ctx, 'good-user')).authorization;
    // Valid requests cost nothing, however many.
    for (let i = 0; i < 12; i++)
      expect((await get(app, '203.0.113.9', valid)).statusCode).toBe(200);
    const codes = [];
    for (let i = 0; i < 7; i++) codes.push((await get(app, '203.0.113.7', guessedKey)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const refused = await get(app, '203.0.113.7', valid);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another address is untouched; the refused one recovers as time passes.
    expect((await get(app, '203.0.113.8', guessedKey)).statusCode).toBe(401);
    ctx.setNow(Date.parse('2026-11-28T12:01:00Z'));
    expect((await get(app, '203.0.113.7', valid)).statusCode).toBe(200);
    await app.close();
  });

  test('charges requests without a credential and public routes up front', async ({ ctx }) => {
    const app = testApp(ctx, { anonymousLimit: LIMIT });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await get(app, '198.51.100.1')).statusCode);
    for (let i = 0; i < 3; i++) {
      const res = await app.inject({
        url: '/api/unsubscribe?token=forged.forged-forged',
        remoteAddress: '198.51.100.1',
        // A credential on a public route does not make it free.
        headers: { authorization: (await bearer(ctx, 'x')).authorization },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 200, 200, 429]);
    await app.close();
  });

  test('takes the address from X-Forwarded-For only behind a trusted proxy', async ({ ctx }) => {
    const proxy = '10.0.0.2';
    const behind = testApp(ctx, { anonymousLimit: LIMIT, trustProxy: [proxy] });
    const direct = testApp(ctx, { anonymousLimit: LIMIT });
    const via = (app: FastifyInstance, client: string) =>
      get(app, proxy, guessedKey, { 'x-forwarded-for': client });
    for (let i = 0; i < 5; i++) await via(behind, '192.0.2.1');
    expect((await via(behind, '192.0.2.1')).statusCode).toBe(429);
    expect((await via(behind, '192.0.2.2')).statusCode).toBe(401);
    // Without trust, every client of the proxy is the proxy, and a forged header changes nothing.
    for (let i = 0; i < 5; i++) await via(direct, `192.0.2.${i + 10}`);
    expect((await via(direct, '192.0.2.99')).statusCode).toBe(429);
    await behind.close();
    await direct.close();
  });

  test('keys IPv6 clients by their /64 and IPv4-mapped addresses as IPv4', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe(addressKey('2001:db8:1:2:ffff::9'));
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });
});
