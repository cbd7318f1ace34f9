import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, testApp } from '../http/testing.js';
import { ingestEvents } from '../services/ingest-events.js';
import { testContext, type TestContext } from '../services/testing.js';
import { setUser } from '../services/set-user.js';
import { createTestDb, type TestDb } from '../store/testing.js';
import { notifyAlerts } from './notify-alerts.js';
import { memoryMailer } from './testing.js';
import { signature } from './webhook.js';

describe('limit alerts', () => {
  let t: TestDb;
  let ctx: TestContext;
  const hooks: { body: string; sig: string }[] = [];
  const hookServer = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hooks.push({ body, sig: String(req.headers['usage-insights-signature']) });
      res.end('ok');
    });
  });
  let n = 0;
  const sessions = (count: number) =>
    ingestEvents({
      ctx,
      input: {
        body: {
          events: Array.from({ length: count }, () => ({
            id: `s${n++}`,
            userId: 'alerted',
            type: 'session.created',
            occurredAt: '2026-11-09T10:00:00Z',
          })),
        },
      },
    });

  beforeAll(async () => {
    await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', r));
    t = await createTestDb();
    ctx = testContext(t.db, '2026-11-10T12:00:00Z');
    await setUser({ ctx, input: { userId: 'alerted', patch: { email: 'alerted@example.com' } } });
  });
  afterAll(async () => {
    await new Promise((r) => hookServer.close(r));
    await t.drop();
  });

  it('alert once per threshold and period by email and signed webhook, and show in the API', async () => {
    const app = testApp(ctx);
    const h = await bearer(ctx, 'alerted');
    const url = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hook`;
    const put = await app.inject({
      method: 'PUT',
      url: '/api/usage/alerts',
      headers: h,
      payload: { webhookUrl: url, forecast: false },
    });
    const secret = put.json().webhookSecret as string;
    expect(secret).toMatch(/^whsec_/);
    expect((await app.inject({ url: '/api/usage/alerts', headers: h })).body).not.toContain(secret);

    const mailer = memoryMailer();
    await sessions(21); // 84% of the free plan's 25
    expect(await notifyAlerts(ctx, mailer, 'alerted', { allowPrivateWebhooks: true })).toBe(1);
    expect(await notifyAlerts(ctx, mailer, 'alerted', { allowPrivateWebhooks: true })).toBe(0);
    await sessions(5);
    expect(await notifyAlerts(ctx, mailer, 'alerted', { allowPrivateWebhooks: true })).toBe(1);
    expect(mailer.sent.map((m) => [m.to, m.subject])).toEqual([
      ['alerted@example.com', 'Usage alert: Sessions'],
      ['alerted@example.com', 'Usage alert: Sessions'],
    ]);
    expect(hooks).toHaveLength(2);
    const { body, sig } = hooks[1]!;
    const t0 = Number(/t=(\d+)/.exec(sig)![1]);
    expect(sig).toBe(signature(secret, body, t0));
    expect(JSON.parse(body).alerts[0]).toMatchObject({
      metric: 'sessions',
      kind: 'threshold-100',
      value: 26,
      limit: 25,
    });

    const listed = (await app.inject({ url: '/api/usage/alerts', headers: h })).json();
    expect(
      listed.alerts.map((a: { kind: string; emailed: boolean; webhook: boolean }) => [
        a.kind,
        a.emailed,
        a.webhook,
      ]),
    ).toEqual([
      ['threshold-100', true, true],
      ['threshold-80', true, true],
    ]);
    await app.close();
  });

  it('refuses webhook targets on private addresses unless allowed', async () => {
    await setUser({ ctx, input: { userId: 'private', patch: { email: 'p@example.com' } } });
    const app = testApp(ctx);
    await app.inject({
      method: 'PUT',
      url: '/api/usage/alerts',
      headers: await bearer(ctx, 'private'),
      payload: { webhookUrl: 'http://127.0.0.1:9/x', forecast: false },
    });
    await ingestEvents({
      ctx,
      input: {
        body: {
          events: Array.from({ length: 25 }, (_, i) => ({
            id: `p${i}`,
            userId: 'private',
            type: 'export.generated',
            occurredAt: '2026-11-09T10:00:00Z',
          })),
        },
      },
    });
    const mailer = memoryMailer();
    expect(await notifyAlerts(ctx, mailer, 'private')).toBe(2);
    const listed = (
      await app.inject({ url: '/api/usage/alerts', headers: await bearer(ctx, 'private') })
    ).json();
    expect(
      listed.alerts.every((a: { emailed: boolean; webhook: boolean }) => a.emailed && !a.webhook),
    ).toBe(true);
    await app.close();
  });
});
