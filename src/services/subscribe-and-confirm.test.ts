// No mail relay: reports go to the address on file, or to another address only after it followed
// the link sent to it; test sends and confirmation messages are limited per day.
import { describe, expect } from 'vitest';
import { appTest, bearer } from '../http/testing.js';
import { memoryMailer } from '../reports/testing.js';
import { dueReports } from './report-ledger.js';
import { setUser } from './set-user.js';
import { unsubscribeToken } from './signed-links.js';

const mailer = memoryMailer();
// post makes a request as the given user.
const test = appTest('2026-11-20T12:00:00Z', {
  context: {
    publicUrl: 'https://usage.example.com',
    signingKey: 'confirm-signing-key-confirm-signing-key',
  },
  mailer,
}).extend(
  'post',
  async ({ ctx, app }) =>
    async (userId: string, url: string, payload: object = {}) =>
      app.inject({ method: 'POST', url, headers: await bearer(ctx, userId), payload }),
);

describe('report addresses', () => {
  test.beforeAll(async ({ ctx }) => {
    await setUser({ ctx, input: { userId: 'owner', patch: { email: 'Owner@example.com' } } });
  });
  const linkIn = (text: string) =>
    /https:\/\/usage\.example\.com(\/api\/subscribe\/confirm\?token=\S+)/.exec(text)![1]!;

  test('sends nothing but one confirmation message to a new address until it confirms', async ({
    ctx,
    app,
    post,
  }) => {
    ctx.setNow('2026-11-26T12:00:00Z');
    const res = await post('stranger', '/api/usage/subscribe', {
      frequency: 'monthly',
      email: 'victim@example.com',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'victim@example.com', status: 'pending' });
    expect(res.body).not.toContain('token');
    expect(mailer.sent.map((m) => [m.to, m.subject])).toEqual([
      ['victim@example.com', 'Confirm usage reports to this address'],
    ]);
    const link = linkIn(mailer.sent[0]!.text);
    // Not sent now, not due later, not a target of anything else.
    expect((await post('stranger', '/api/usage/subscribe/test')).statusCode).toBe(404);
    ctx.setNow('2026-12-01T12:00:00Z');
    expect((await dueReports({ ctx, input: {} })).map((d) => d.subscription.email)).toEqual([]);
    expect(mailer.sent).toHaveLength(1);
    // Opening the link (a mail scanner) confirms nothing; the button does.
    expect((await app.inject({ url: link })).statusCode).toBe(200);
    expect((await dueReports({ ctx, input: {} })).length).toBe(0);
    const forged = link.replace(/token=[^.]+/, 'token=W10');
    expect((await app.inject({ method: 'POST', url: forged })).statusCode).toBe(404);
    const unsub = `/api/subscribe/confirm?token=${unsubscribeToken(ctx, 'stranger', 'x')}`;
    expect((await app.inject({ method: 'POST', url: unsub })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: link })).statusCode).toBe(200);
    expect((await dueReports({ ctx, input: {} })).map((d) => d.subscription.email)).toEqual([
      'victim@example.com',
    ]);
    const sent = await post('stranger', '/api/usage/subscribe/test');
    expect(sent.json()).toMatchObject({ outcome: 'sent', to: 'victim@example.com' });
  });

  test('subscribes the address on file at once, and refuses confirmation links after 7 days', async ({
    ctx,
    app,
    post,
  }) => {
    const res = await post('owner', '/api/usage/subscribe', {
      frequency: 'weekly',
      email: 'owner@EXAMPLE.com',
    });
    expect(res.json()).toMatchObject({ status: 'active' });
    const before = mailer.sent.length;
    await post('owner', '/api/usage/subscribe', { frequency: 'weekly', email: 'late@example.com' });
    const link = linkIn(mailer.sent[before]!.text);
    ctx.setNow(ctx.now() + 7 * 86_400_000 + 1000);
    expect((await app.inject({ method: 'POST', url: link })).statusCode).toBe(404);
  });

  test('limits test sends and confirmation messages per day', async ({ ctx, post }) => {
    ctx.setNow('2026-12-10T08:00:00Z');
    const codes = [];
    for (let i = 0; i < 6; i++) {
      codes.push((await post('owner', '/api/usage/subscribe/test')).statusCode);
      ctx.setNow(ctx.now() + 60_000);
    }
    expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
    const confirmations = [];
    for (let i = 0; i < 6; i++) {
      const res = await post('relay', '/api/usage/subscribe', {
        frequency: 'weekly',
        email: `target-${i}@example.com`,
      });
      confirmations.push(res.statusCode);
    }
    expect(confirmations).toEqual([201, 201, 201, 201, 201, 429]);
    ctx.setNow('2026-12-11T08:00:00Z');
    expect((await post('owner', '/api/usage/subscribe/test')).statusCode).toBe(200);
  });
  test('refuses an identical subscription with the reason, and allows it again once stopped', async ({
    ctx,
    app,
    post,
  }) => {
    await setUser({ ctx, input: { userId: 'twice', patch: { email: 'twice@example.com' } } });
    const first = await post('twice', '/api/usage/subscribe', { frequency: 'weekly' });
    expect(first.statusCode).toBe(201);
    const again = await post('twice', '/api/usage/subscribe', {
      frequency: 'weekly',
      email: 'TWICE@example.com',
      format: 'none',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('a weekly report already goes to this address');
    // Another format or frequency is another report.
    expect(
      (await post('twice', '/api/usage/subscribe', { frequency: 'weekly', format: 'pdf' }))
        .statusCode,
    ).toBe(201);
    const id = first.json().id as string;
    const stop = await app.inject({
      method: 'DELETE',
      url: `/api/usage/subscribe/${id}`,
      headers: await bearer(ctx, 'twice'),
    });
    expect(stop.statusCode).toBe(204);
    expect((await post('twice', '/api/usage/subscribe', { frequency: 'weekly' })).statusCode).toBe(
      201,
    );
  });
});
