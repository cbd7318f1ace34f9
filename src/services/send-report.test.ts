// Reports through a real SMTP server (smtp-server in-process), parsed with mailparser.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { monthPeriod } from '../domain/report-periods.js';
import { bearer, testApp } from '../http/testing.js';
import { jobDefinitions, periodicTasks } from '../jobs/schedule.js';
import { startWorker } from '../jobs/worker.js';
import { documents } from '../reports/documents.js';
import { smtpMailer } from '../reports/mailer.js';
import type { Mailer } from './providers.js';
import { ingestEvents } from './ingest-events.js';
import { runPendingRollups } from './rebuild-rollups.js';
import { sendReport as send } from './send-report.js';
import { setUser } from './set-user.js';
import { confirmSubscription, subscribe } from './subscriptions.js';
import { serviceTest, type TestContext } from './testing.js';

interface Received {
  rcpt: string[];
  mail: ParsedMail;
}

// sendReport runs the use case with the given mailer (and the app's documents) on the test context.
const test = serviceTest('2026-11-20T12:00:00Z', {
  publicUrl: 'https://usage.example.com',
  signingKey: 'test-signing-key-test-signing-key',
}).extend(
  'sendReport',
  async ({ ctx }) =>
    (m: Mailer, input: Parameters<typeof send>[0]['input']) =>
      send({ ctx: { ...ctx, mailer: m, documents: documents() }, input }),
);

describe('emailed reports', () => {
  let port: number;
  const received: Received[] = [];
  let reject: null | { code: number; message: string } = null;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _s, cb) {
      if (reject)
        return cb(Object.assign(new Error(reject.message), { responseCode: reject.code }));
      cb();
    },
    onData(stream, session, cb) {
      simpleParser(stream, { keepCidLinks: true }).then((mail) => {
        received.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), mail });
        cb();
      }, cb);
    },
  });
  const mailer = () =>
    smtpMailer(`smtp://127.0.0.1:${port}`, 'Usage Insights <reports@example.com>');

  beforeAll(async () => {
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    port = (smtp.server.address() as AddressInfo).port;
  });
  test.beforeAll(async ({ ctx }) => {
    const early = { ...ctx, now: () => Date.parse('2026-01-01T00:00:00Z') };
    await setUser({
      ctx: early,
      input: {
        userId: 'rep',
        patch: { plan: 'pro', timeZone: 'Europe/Berlin', email: 'owner@example.com' },
      },
    });
    const events = Array.from({ length: 80 }, (_, d) => ({
      id: `r${d}`,
      userId: 'rep',
      type: 'audio.processed',
      occurredAt: new Date(ctx.now() - (d + 1) * 86_400_000).toISOString(),
      value: 40 + (d % 7) * 10,
    }));
    await ingestEvents({ ctx, input: { body: { events }, backfill: true } });
    await runPendingRollups({ ctx, input: { retentionDays: 400 } });
  });
  afterAll(async () => {
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  test('sends one message per subscription and period, with text, HTML, inline chart, PDF and one-click unsubscribe', async ({
    ctx,
    sendReport,
  }) => {
    const { subscription: sub } = await subscribe({
      ctx,
      input: { userId: 'rep', body: { frequency: 'monthly', format: 'pdf' } },
    });
    const period = monthPeriod('2026-10', 'Europe/Berlin');
    const outcomes = [
      await sendReport(mailer(), { userId: 'rep', subscriptionId: sub.id, period }),
      await sendReport(mailer(), { userId: 'rep', subscriptionId: sub.id, period }),
    ];
    expect(outcomes).toEqual(['sent', 'skipped']);
    expect(received).toHaveLength(1);
    const { rcpt, mail } = received[0]!;
    expect(rcpt).toEqual(['owner@example.com']);
    expect(mail.subject).toBe('Your usage report for October 2026');
    expect(mail.text).toContain('Audio minutes:');
    expect(mail.html).toContain('cid:usage-chart');
    const inline = mail.attachments.find((a) => a.cid === 'usage-chart')!;
    expect(inline.contentType).toBe('image/png');
    expect(inline.content.subarray(1, 4).toString()).toBe('PNG');
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
    const header = (k: string) => mail.headerLines.filter((h) => h.key === k).map((h) => h.line);
    expect(header('list-unsubscribe-post')).toEqual([
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    ]);
    expect(header('bcc')).toEqual([]);
    const unsub = header('list-unsubscribe')[0]!;
    const url = /<(https:\/\/usage\.example\.com\/api\/unsubscribe\?token=[^>]+)>/.exec(unsub)![1]!;

    const app = testApp(ctx);
    const path = url.replace('https://usage.example.com', '');
    expect(
      (await app.inject({ method: 'POST', url: path.replace(/token=./, 'token=X') })).statusCode,
    ).toBe(404);
    expect((await app.inject({ method: 'POST', url: path })).statusCode).toBe(200);
    const list = (
      await app.inject({ url: '/api/usage/subscribe', headers: await bearer(ctx, 'rep') })
    ).json();
    expect(list.subscriptions).toEqual([]);
    await app.close();
  });

  test('never lets user-typed text add a header or a recipient', async ({ ctx }) => {
    const app = testApp(ctx);
    const h = await bearer(ctx, 'rep');
    for (const email of [
      'a@example.com\r\nBcc: evil@example.com',
      'a@example.com>, <evil@example.com',
      'x\nSubject: hi',
    ]) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/usage/subscribe',
        headers: h,
        payload: { frequency: 'weekly', email },
      });
      expect(res.statusCode, email).toBe(400);
    }
    await app.close();
  });

  test('retries a temporary SMTP failure and stops a permanently failing address after a few tries, saying why', async ({
    ctx,
    sendReport,
  }) => {
    const { subscription: sub, confirmToken } = await subscribe({
      ctx,
      input: { userId: 'rep', body: { frequency: 'monthly', email: 'gone@example.com' } },
    });
    // Another address than the one on file: it confirms before anything is sent to it.
    await confirmSubscription({ ctx, input: { token: confirmToken! } });
    reject = { code: 421, message: 'try again later' };
    await expect(
      sendReport(mailer(), {
        userId: 'rep',
        subscriptionId: sub.id,
        period: monthPeriod('2026-09', 'Europe/Berlin'),
      }),
    ).rejects.toThrow();
    reject = null;
    expect(
      await sendReport(mailer(), {
        userId: 'rep',
        subscriptionId: sub.id,
        period: monthPeriod('2026-09', 'Europe/Berlin'),
      }),
    ).toBe('sent');
    reject = { code: 550, message: 'mailbox unavailable' };
    for (const m of ['2026-06', '2026-07', '2026-08']) {
      expect(
        await sendReport(mailer(), {
          userId: 'rep',
          subscriptionId: sub.id,
          period: monthPeriod(m, 'Europe/Berlin'),
        }),
      ).toBe('failed');
    }
    reject = null;
    expect(
      await sendReport(mailer(), {
        userId: 'rep',
        subscriptionId: sub.id,
        period: monthPeriod('2026-05', 'Europe/Berlin'),
      }),
    ).toBe('skipped');
    const app = testApp(ctx);
    const list = (
      await app.inject({ url: '/api/usage/subscribe', headers: await bearer(ctx, 'rep') })
    ).json();
    expect(list.subscriptions.find((s: { id: string }) => s.id === sub.id)).toMatchObject({
      status: 'stopped',
      stoppedReason: expect.stringContaining('mailbox unavailable'),
    });
    await app.close();
  });

  test('does not send again when the process died between sending and recording', async ({
    t,
    ctx,
    sendReport,
  }) => {
    const { subscription: sub } = await subscribe({
      ctx,
      input: { userId: 'rep', body: { frequency: 'monthly' } },
    });
    const before = received.length;
    const dying = {
      kind: 'smtp' as const,
      send: async (m: Parameters<Mailer['send']>[0]) => {
        await mailer().send(m);
        throw new Error('killed');
      },
    };
    await expect(
      sendReport(dying, {
        userId: 'rep',
        subscriptionId: sub.id,
        period: monthPeriod('2026-04', 'Europe/Berlin'),
      }),
    ).rejects.toThrow('killed');
    // "killed" is not a delivery error, so the entry stays "sending" as after a real crash.
    await t.db.query(`UPDATE report_sends SET status = 'sending' WHERE subscription_id = $1`, [
      sub.id,
    ]);
    expect(
      await sendReport(mailer(), {
        userId: 'rep',
        subscriptionId: sub.id,
        period: monthPeriod('2026-04', 'Europe/Berlin'),
      }),
    ).toBe('skipped');
    expect(received.length).toBe(before + 1);
  });

  test('schedules each due report once, at 08:00 on the 1st in the user zone, across workers', async ({
    t,
    ctx,
  }) => {
    await t.db.query(`UPDATE report_subscriptions SET ended_at = now()`);
    const { subscription: sub } = await subscribe({
      ctx: { ...ctx, now: () => Date.parse('2026-11-25T00:00:00Z') },
      input: { userId: 'rep', body: { frequency: 'monthly' } },
    });
    const before = received.length;
    const at = (iso: string) => ({ ...ctx, now: () => Date.parse(iso) });
    const worker = (c: TestContext) =>
      startWorker({
        db: t.db,
        now: c.now,
        ctx: { ...c, mailer: mailer(), documents: documents() },
        jobs: jobDefinitions(400),
        periodic: periodicTasks(c, true),
        pollMs: 0,
      });
    await worker(at('2026-12-01T06:59:00Z') as TestContext).drain(); // 07:59 in Berlin
    expect(received.length).toBe(before);
    const w1 = worker(at('2026-12-01T07:00:00Z') as TestContext);
    const w2 = worker(at('2026-12-01T07:00:30Z') as TestContext);
    await Promise.all([w1.drain(), w2.drain()]);
    await w1.drain();
    expect(received.length).toBe(before + 1);
    expect(received.at(-1)!.mail.subject).toBe('Your usage report for November 2026');
    expect(sub.id).toBeTruthy();
  });

  test('a subscription in German gets its report in German (issue 17 §6)', async ({
    ctx,
    sendReport,
  }) => {
    const { subscription: sub } = await subscribe({
      ctx,
      input: { userId: 'rep', body: { frequency: 'weekly', format: 'none', locale: 'de-at' } },
    });
    expect(sub.locale).toBe('de-AT');
    const before = received.length;
    const period = monthPeriod('2026-09', 'Europe/Berlin');
    expect(await sendReport(mailer(), { userId: 'rep', subscriptionId: sub.id, period })).toBe(
      'sent',
    );
    const { mail } = received[before]!;
    expect(mail.subject).toBe('Ihr Nutzungsbericht für September 2026');
    // Austrian German groups thousands with a space: "2 070 Minuten".
    expect(mail.text).toMatch(/\nAudiominuten: \d[\d\s]*(,\d)? Minuten/);
    expect(mail.html).toContain('<html lang="de-AT">');
  });
});
