// Demo sign-in exists only in demo mode, mints read tokens only for existing demo users.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUser } from '../../services/set-user.js';
import { testContext, type TestContext } from '../../services/testing.js';
import { createVerifier } from '../../services/tokens.js';
import { createTestDb, type TestDb } from '../../store/testing.js';
import { buildServer } from '../server.js';
import { TEST_TOKEN_CONFIG, testApp } from '../testing.js';

describe('demo routes', () => {
  let t: TestDb;
  let ctx: TestContext;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDb();
    ctx = testContext(t.db, '2026-11-28T12:00:00Z');
    for (const [id, plan, timeZone] of [
      ['demo-01', 'pro', 'Europe/Berlin'],
      ['demo-02', 'free', 'UTC'],
      ['alice', 'pro', 'UTC'],
    ] as const) {
      await setUser({ ctx, input: { userId: id, patch: { plan, timeZone } } });
    }
    app = buildServer({
      ctx,
      authenticate: createVerifier(TEST_TOKEN_CONFIG, ctx.now),
      logLevel: 'silent',
      demo: { tokens: TEST_TOKEN_CONFIG },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await t.drop();
  });

  const session = (payload: unknown) =>
    app.inject({ method: 'POST', url: '/api/demo/session', payload: payload as object });

  it('lists only the demo users, with plan and zone', async () => {
    const res = await app.inject({ url: '/api/demo/users' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      users: [
        { id: 'demo-01', plan: 'pro', timeZone: 'Europe/Berlin' },
        { id: 'demo-02', plan: 'free', timeZone: 'UTC' },
      ],
    });
  });

  it('mints a read token that opens that user’s history', async () => {
    const res = await session({ userId: 'demo-02' });
    expect(res.statusCode).toBe(200);
    const { token, userId } = res.json();
    expect(userId).toBe('demo-02');
    const history = await app.inject({
      url: '/api/usage/history?period=7d',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(history.statusCode).toBe(200);
    expect(history.json().limits.plan).toBe('free');
  });

  it('refuses other users, unknown demo ids and anything but {userId}', async () => {
    expect((await session({ userId: 'alice' })).statusCode).toBe(400);
    expect((await session({ userId: 'demo-1' })).statusCode).toBe(400);
    expect((await session({ userId: 'demo-99' })).statusCode).toBe(404);
    expect((await session({ userId: 'demo-01', scope: 'ingest' })).statusCode).toBe(400);
    expect((await session({})).statusCode).toBe(400);
    // A bare string is not JSON at all: refused before validation.
    expect([400, 415]).toContain((await session('demo-01')).statusCode);
  });

  it('does not exist outside demo mode', async () => {
    const plain = testApp(ctx);
    expect((await plain.inject({ url: '/api/demo/users' })).statusCode).toBe(404);
    expect(
      (
        await plain.inject({
          method: 'POST',
          url: '/api/demo/session',
          payload: { userId: 'demo-01' },
        })
      ).statusCode,
    ).toBe(404);
    await plain.close();
  });
});
