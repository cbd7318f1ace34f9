// Demo sign-in exists only in demo mode, mints read tokens only for existing demo users.
import { describe, expect } from 'vitest';
import { setUser } from '../../services/set-user.js';
import { appTest, TEST_TOKEN_CONFIG, testApp } from '../testing.js';

// An app in demo mode; session asks it for a demo sign-in.
const test = appTest('2026-11-28T12:00:00Z', { demo: { tokens: TEST_TOKEN_CONFIG } }).extend(
  'session',
  async ({ app }) =>
    (payload: unknown) =>
      app.inject({ method: 'POST', url: '/api/demo/session', payload: payload as object }),
);

describe('demo routes', () => {
  test.beforeAll(async ({ ctx, app }) => {
    for (const [id, plan, timeZone] of [
      ['demo-01', 'pro', 'Europe/Berlin'],
      ['demo-02', 'free', 'UTC'],
      ['alice', 'pro', 'UTC'],
    ] as const) {
      await setUser({ ctx, input: { userId: id, patch: { plan, timeZone } } });
    }
    await app.ready();
  });

  test('lists only the demo users, with plan and zone', async ({ app }) => {
    const res = await app.inject({ url: '/api/demo/users' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      users: [
        { id: 'demo-01', plan: 'pro', planName: 'Pro', timeZone: 'Europe/Berlin' },
        { id: 'demo-02', plan: 'free', planName: 'Free', timeZone: 'UTC' },
      ],
    });
  });

  test('mints a read token that opens that user’s history', async ({ app, session }) => {
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

  test('refuses other users, unknown demo ids and anything but {userId}', async ({ session }) => {
    expect((await session({ userId: 'alice' })).statusCode).toBe(400);
    expect((await session({ userId: 'demo-1' })).statusCode).toBe(400);
    expect((await session({ userId: 'demo-99' })).statusCode).toBe(404);
    expect((await session({ userId: 'demo-01', scope: 'ingest' })).statusCode).toBe(400);
    expect((await session({})).statusCode).toBe(400);
    // A bare string is not JSON at all: refused before validation.
    expect([400, 415]).toContain((await session('demo-01')).statusCode);
  });

  test('does not exist outside demo mode', async ({ ctx }) => {
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
