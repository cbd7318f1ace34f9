// Sending one report: build it, claim the ledger entry, hand it to the mailer, record the outcome.
// A crash after handing it over leaves the entry "sending", which is never retried: never twice.
import { monthPeriod, latestDuePeriod, type ReportPeriod } from '../domain/report-periods.js';
import type { ServiceContext } from '../services/context.js';
import { AppError } from '../services/errors.js';
import { chargeDailyMail } from '../services/mail-quota.js';
import { claimReportSend, findSubscription, recordReportSend } from '../services/report-ledger.js';
import { unsubscribeToken } from '../services/signed-links.js';
import { userZone } from '../services/user-zone.js';
import { exportFilename } from './export-usage.js';
import { reportEmail } from './email-report.js';
import { DeliveryError, type Mailer } from './mailer.js';
import { reportData } from './report-data.js';
import { reportPdf } from './pdf-report.js';
import { csvWriter } from './csv.js';

export type SendOutcome = 'sent' | 'skipped' | 'failed';

async function csvOf(rows: object[], columns: string[]): Promise<string> {
  const w = csvWriter(columns);
  const chunks: string[] = [];
  w.on('data', (c: Buffer | string) => chunks.push(c.toString()));
  const done = new Promise((r) => w.on('end', r));
  for (const r of rows) w.write(r);
  w.end();
  await done;
  return chunks.join('');
}

/** Sends a subscription's report for a period unless the ledger says it went (or is going) out. */
export async function sendReport(
  ctx: ServiceContext,
  mailer: Mailer,
  input: { userId: string; subscriptionId: string; period: ReportPeriod; ledgerKey?: string },
): Promise<SendOutcome> {
  const sub = await findSubscription({
    ctx,
    input: { userId: input.userId, id: input.subscriptionId },
  });
  if (!sub || sub.disabledReason) return 'skipped';
  const key = input.ledgerKey ?? input.period.key;
  const messageId = `<report.${sub.id}.${key.replace(/[^A-Za-z0-9-]/g, '-')}.${input.userId.length}@usage-insights>`;
  const data = await reportData(ctx, input.userId, input.period);
  const base = ctx.publicUrl ?? 'http://localhost:8080';
  const unsubscribeUrl = `${base}/api/unsubscribe?token=${unsubscribeToken(ctx, input.userId, sub.id)}`;
  const msg = reportEmail(data, { unsubscribeUrl }, sub.email, messageId);
  if (sub.format === 'pdf') {
    const pdf = await reportPdf(data);
    msg.attachments = [
      ...(msg.attachments ?? []),
      {
        filename: exportFilename(input.userId, input.period.from, input.period.to, 'report', 'pdf'),
        content: pdf,
        contentType: 'application/pdf',
      },
    ];
  } else if (sub.format === 'csv') {
    const columns = ['start', 'end', ...data.history.metrics];
    msg.attachments = [
      ...(msg.attachments ?? []),
      {
        filename: exportFilename(input.userId, input.period.from, input.period.to, 'day', 'csv'),
        content: await csvOf(data.history.buckets, columns),
        contentType: 'text/csv',
      },
    ];
  }
  if (
    !(await claimReportSend({
      ctx,
      input: { userId: input.userId, subscriptionId: sub.id, periodKey: key, messageId },
    }))
  )
    return 'skipped';
  try {
    await mailer.send(msg);
  } catch (err) {
    const permanent = err instanceof DeliveryError && err.permanent;
    await recordReportSend({
      ctx,
      input: {
        userId: input.userId,
        subscriptionId: sub.id,
        periodKey: key,
        outcome: permanent ? 'failed' : 'retry',
        error: (err as Error).message,
      },
    });
    if (permanent) return 'failed';
    throw err;
  }
  await recordReportSend({
    ctx,
    input: { userId: input.userId, subscriptionId: sub.id, periodKey: key, outcome: 'sent' },
  });
  return 'sent';
}

/**
 * "Send me one now": the caller's latest report (or the given month) to its first confirmed
 * subscription's address; with `limited`, at most DAILY_MAIL['test-send'] a day.
 */
export async function sendReportNow(
  ctx: ServiceContext,
  mailer: Mailer,
  userId: string,
  month?: string,
  opts: { limited?: boolean } = {},
): Promise<{ outcome: SendOutcome; period: string; to: string }> {
  const sub = await findSubscription({ ctx, input: { userId } });
  if (!sub)
    throw new AppError(
      'not_found',
      'no confirmed subscription: subscribe (POST /api/usage/subscribe), and a new address confirms its link first',
    );
  if (opts.limited) await chargeDailyMail({ ctx, input: { userId, kind: 'test-send' } });
  const zone = await userZone({ ctx, input: { userId } });
  let period: ReportPeriod;
  try {
    period = month ? monthPeriod(month, zone) : latestDuePeriod(sub.frequency, zone, ctx.now());
  } catch {
    throw new AppError('invalid_input', 'period must be YYYY-MM', [
      { field: 'period', reason: 'must be YYYY-MM' },
    ]);
  }
  // A manual send has its own ledger entry per minute: a double click sends one, not two.
  const ledgerKey = `manual:${period.key}:${new Date(ctx.now()).toISOString().slice(0, 16)}`;
  const outcome = await sendReport(ctx, mailer, {
    userId,
    subscriptionId: sub.id,
    period,
    ledgerKey,
  });
  return { outcome, period: period.key, to: sub.email };
}
