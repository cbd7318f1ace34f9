// Alerts through the job worker as the server runs it: ingestion marks usage, the rollup job queues
// a check, the check raises alerts and queues deliveries, deliveries go out once.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { webhookSender, signature } from '../reports/webhook.js';
import { memoryMailer } from '../reports/testing.js';
import { documents } from '../reports/documents.js';
import { getAlerts, updateAlertSettings } from '../services/alerts.js';
import { ingestEvents } from '../services/ingest-events.js';
import { setUser } from '../services/set-user.js';
import { serviceTest } from '../services/testing.js';
import { jobDefinitions, periodicTasks } from './schedule.js';
import { startWorker } from './worker.js';

const mailer = memoryMailer();
let n = 0;
// send ingests count events; worker starts a worker as the server runs it, over the file's
// database; drainAll drains one until no job is left, making backed-off jobs due as time would.
const test = serviceTest('2026-11-10T12:00:00Z', {
  webhooks: webhookSender({ allowPrivate: true }),
})
  .extend(
    'send',
    async ({ ctx }) =>
      (userId: string, type: string, count: number, at = '2026-11-09T10:00:00Z') =>
        ingestEvents({
          ctx,
          input: {
            body: {
              events: Array.from({ length: count }, () => ({
                id: `e${n++}`,
                userId,
                type,
                occurredAt: at,
              })),
            },
          },
        }),
  )
  .extend(
    'worker',
    async ({ t, ctx }) =>
      () =>
        startWorker({
          db: t.db,
          now: ctx.now,
          ctx: {
            mailer,
            documents: documents(),
            webhooks: ctx.webhooks,
            publicUrl: 'https://usage.example.com',
          },
          jobs: jobDefinitions(400),
          periodic: periodicTasks({}),
          pollMs: 0,
        }),
  )
  .extend('drainAll', async ({ t, worker }) => async () => {
    const w = worker();
    for (let i = 0; i < 5; i++) {
      await w.drain();
      await t.db.query(`UPDATE jobs SET run_at = now() WHERE status = 'queued'`);
    }
  });

describe('alerts through the job worker', () => {
  const hooks: { body: string; sig: string; delivery: string }[] = [];
  let failNext = 0;
  const hookServer = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (failNext > 0) {
        failNext--;
        res.statusCode = 503;
        return res.end('down');
      }
      hooks.push({
        body,
        sig: String(req.headers['usage-insights-signature']),
        delivery: String(req.headers['usage-insights-delivery']),
      });
      res.end('ok');
    });
  });
  let hookUrl = '';

  beforeAll(async () => {
    await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await new Promise((r) => hookServer.close(r));
  });

  test('emails and posts each threshold once, however often the worker runs', async ({
    ctx,
    send,
    drainAll,
  }) => {
    await setUser({ ctx, input: { userId: 'alerted', patch: { email: 'a@example.com' } } });
    const put = await updateAlertSettings({
      ctx,
      input: { userId: 'alerted', patch: { webhookUrl: hookUrl, forecast: false } },
    });
    await send('alerted', 'session.created', 21); // 84% of the free plan's 25
    await drainAll();
    await drainAll();
    expect(mailer.sent.map((m) => [m.to, m.subject])).toEqual([
      ['a@example.com', 'Usage alert: Sessions'],
    ]);
    await send('alerted', 'session.created', 5);
    await Promise.all([drainAll(), drainAll()]);
    expect(mailer.sent).toHaveLength(2);
    expect(mailer.sent[1]!.text).toContain('Sessions: 26 of 25 sessions');
    expect(hooks).toHaveLength(2);
    const { body, sig, delivery } = hooks[1]!;
    expect(sig).toBe(signature(put.webhookSecret!, body, Number(/t=(\d+)/.exec(sig)![1])));
    expect(JSON.parse(body)).toMatchObject({
      id: delivery,
      type: 'usage.alerts',
      alerts: [{ metric: 'sessions', kind: 'threshold-100', value: 26, limit: 25 }],
    });
    const listed = await getAlerts({ ctx, input: { userId: 'alerted' } });
    expect(listed.alerts.map((a) => [a.kind, a.emailed, a.webhook])).toEqual([
      ['threshold-100', true, true],
      ['threshold-80', true, true],
    ]);
    // The receiver saw each alert once (above); on a starved machine a first attempt may time out
    // before it connects and be retried, so only the last attempt must have succeeded.
    expect(
      listed.deliveries.map((d) => [d.channel, d.status, d.attempts.at(-1)?.ok]).sort(),
    ).toEqual([
      ['email', 'sent', true],
      ['email', 'sent', true],
      ['webhook', 'sent', true],
      ['webhook', 'sent', true],
    ]);
  });

  test('retries a failing webhook with backoff and logs every attempt', async ({
    t,
    ctx,
    send,
    worker,
    drainAll,
  }) => {
    await updateAlertSettings({
      ctx,
      input: { userId: 'flaky', patch: { webhookUrl: hookUrl, forecast: false } },
    });
    failNext = 2;
    const before = hooks.length;
    await send('flaky', 'export.generated', 5); // 100% of 5 exports
    const w = worker();
    await w.drain();
    const [job] = await t.db.query<{ attempts: number; wait: number }>(
      `SELECT attempts, extract(epoch FROM run_at - now())::float8 AS wait FROM jobs
       WHERE name = 'deliver-alerts' AND key LIKE 'flaky:%'`,
    );
    // One failed attempt, the next one about 10 s later.
    expect(job!.attempts).toBe(1);
    expect(job!.wait).toBeGreaterThan(5);
    await drainAll();
    expect(hooks.length).toBe(before + 1);
    const d = (await getAlerts({ ctx, input: { userId: 'flaky' } })).deliveries;
    expect(d).toHaveLength(1);
    expect(d[0]!.status).toBe('sent');
    expect(d[0]!.attempts.map((a) => [a.ok, a.httpStatus])).toEqual([
      [false, 503],
      [false, 503],
      [true, 200],
    ]);
    // No email address on file: the alerts are listed and reach the webhook.
    const listed = await getAlerts({ ctx, input: { userId: 'flaky' } });
    expect(listed.alerts.map((a) => [a.kind, a.emailed, a.webhook])).toEqual([
      ['threshold-100', false, true],
      ['threshold-80', false, true],
    ]);
  });

  test('messages an unusual day once, only to users who asked for it', async ({
    ctx,
    drainAll,
  }) => {
    // Ten weeks of about 10 sessions a day, then 300 yesterday, on a plan without limits.
    const events = [];
    for (let d = 70; d >= 1; d--) {
      const day = new Date(Date.parse('2026-11-10T12:00:00Z') - d * 86_400_000);
      const count = d === 1 ? 300 : 8 + ((d * 7) % 5);
      for (let i = 0; i < count; i++)
        events.push({
          id: `spike-${d}-${i}`,
          type: 'session.created',
          occurredAt: new Date(day.getTime() + i * 60_000).toISOString(),
        });
    }
    for (const userId of ['spiky', 'spiky-quiet']) {
      await setUser({
        ctx,
        input: { userId, patch: { email: `${userId}@example.com`, plan: 'enterprise' } },
      });
      await ingestEvents({
        ctx,
        input: { body: { events: events.map((e) => ({ ...e, userId })) }, backfill: true },
      });
    }
    await updateAlertSettings({ ctx, input: { userId: 'spiky', patch: { anomalies: true } } });
    const before = mailer.sent.length;
    await drainAll();
    await drainAll();
    const sent = mailer.sent.slice(before);
    expect(sent.map((m) => [m.to, m.subject])).toEqual([
      ['spiky@example.com', 'Unusual usage: Sessions'],
    ]);
    expect(sent[0]!.text).toMatch(
      /Sessions: 300 sessions on 9 Nov 2026, where about \d+ were expected/,
    );
  });

  test('never sends an email twice: one cut off mid-send is reported, not repeated', async ({
    t,
    ctx,
    send,
    drainAll,
  }) => {
    await setUser({ ctx, input: { userId: 'cut', patch: { email: 'cut@example.com' } } });
    await updateAlertSettings({ ctx, input: { userId: 'cut', patch: { forecast: false } } });
    await send('cut', 'export.generated', 4); // 80% of 5 exports
    // Everything but the delivery runs: the rollup, then the check, which queues the delivery.
    await startWorker({
      db: t.db,
      now: ctx.now,
      ctx: { mailer },
      jobs: jobDefinitions(400).filter((j) => j.name !== 'deliver-alerts'),
      periodic: periodicTasks({}),
      pollMs: 0,
    }).drain();
    // A process dies after handing the message to the mail server: the row says "sending".
    await t.db.query(
      `UPDATE alert_deliveries SET status = 'sending', attempts = 1 WHERE user_id = 'cut'`,
    );
    const before = mailer.sent.length;
    await drainAll();
    expect(mailer.sent.length).toBe(before);
    const d = (await getAlerts({ ctx, input: { userId: 'cut' } })).deliveries;
    expect(d.map((x) => [x.channel, x.status])).toEqual([['email', 'unknown']]);
  });

  test('sends nothing for users who turned alerts off', async ({ ctx, send, drainAll }) => {
    await updateAlertSettings({
      ctx,
      input: { userId: 'quiet', patch: { enabled: false, webhookUrl: hookUrl } },
    });
    const before = hooks.length;
    await send('quiet', 'export.generated', 6);
    await drainAll();
    expect(hooks.length).toBe(before);
    expect((await getAlerts({ ctx, input: { userId: 'quiet' } })).alerts).toEqual([]);
  });
});
