// Sending one report: build it, claim the ledger entry, hand it to the mailer, record the outcome.
// A crash after handing it over leaves the entry "sending", which is never retried: never twice.
import { monthPeriod, latestDuePeriod, type ReportPeriod } from '../domain/report-periods.js';
import type { Call, ServiceContext } from './context.js';
import { AppError } from './errors.js';
import { exportFilename } from './export-filename.js';
import { chargeDailyMail } from './mail-quota.js';
import { DeliveryError, type MailMessage } from './providers.js';
import { claimReportSend, findSubscription, recordReportSend } from './report-ledger.js';
import { reportData } from './report-data.js';
import { unsubscribeToken } from './signed-links.js';
import { userZone } from './user-zone.js';

export type SendOutcome = 'sent' | 'skipped' | 'failed';

/** The mailer and document renderer of the context, or 503 when email is not configured here. */
export function mailProviders(ctx: ServiceContext) {
  if (!ctx.mailer || !ctx.documents)
    throw new AppError('unavailable', 'email delivery is not configured');
  return { mailer: ctx.mailer, documents: ctx.documents };
}

/** Sends a subscription's report for a period unless the ledger says it went (or is going) out. */
export async function sendReport({
  ctx,
  input,
}: Call<{
  userId: string;
  subscriptionId: string;
  period: ReportPeriod;
  ledgerKey?: string;
}>): Promise<SendOutcome> {
  const { mailer, documents } = mailProviders(ctx);
  const sub = await findSubscription({
    ctx,
    input: { userId: input.userId, id: input.subscriptionId },
  });
  if (!sub || sub.disabledReason) return 'skipped';
  const key = input.ledgerKey ?? input.period.key;
  const messageId = `<report.${sub.id}.${key.replace(/[^A-Za-z0-9-]/g, '-')}.${input.userId.length}@usage-insights>`;
  // In the subscriber's language (null: English).
  const data = await reportData({
    ctx,
    input: {
      userId: input.userId,
      period: input.period,
      ...(sub.locale ? { locale: sub.locale } : {}),
    },
  });
  const base = ctx.publicUrl ?? 'http://localhost:8080';
  // The page the link opens speaks the reports' language.
  const lang = sub.locale ? `&lang=${encodeURIComponent(sub.locale)}` : '';
  const unsubscribeUrl = `${base}/api/unsubscribe?token=${unsubscribeToken(ctx, input.userId, sub.id)}${lang}`;
  const msg: MailMessage = {
    ...documents.reportEmail(data, { unsubscribeUrl }),
    to: sub.email,
    messageId,
  };
  const file = (what: string, ext: string) =>
    exportFilename(input.userId, input.period.from, input.period.to, what, ext);
  if (sub.format === 'pdf') {
    msg.attachments = [
      ...(msg.attachments ?? []),
      {
        filename: file('report', 'pdf'),
        content: await documents.reportPdf(data),
        contentType: 'application/pdf',
      },
    ];
  } else if (sub.format === 'csv') {
    const columns = ['start', 'end', ...data.history.metrics];
    msg.attachments = [
      ...(msg.attachments ?? []),
      {
        filename: file('day', 'csv'),
        content: documents.csvRows(data.history.buckets, columns, true),
        contentType: 'text/csv',
      },
    ];
  }
  const entry = { userId: input.userId, subscriptionId: sub.id, periodKey: key };
  if (!(await claimReportSend({ ctx, input: { ...entry, messageId } }))) return 'skipped';
  try {
    await mailer.send(msg);
  } catch (err) {
    const permanent = err instanceof DeliveryError && err.permanent;
    await recordReportSend({
      ctx,
      input: { ...entry, outcome: permanent ? 'failed' : 'retry', error: (err as Error).message },
    });
    if (permanent) return 'failed';
    throw err;
  }
  await recordReportSend({ ctx, input: { ...entry, outcome: 'sent' } });
  return 'sent';
}

/**
 * "Send me one now": the caller's latest report (or the given month) to its first confirmed
 * subscription's address; with `limited`, at most DAILY_MAIL['test-send'] a day.
 */
export async function sendReportNow({
  ctx,
  input,
}: Call<{ userId: string; month?: string; limited?: boolean }>): Promise<{
  outcome: SendOutcome;
  period: string;
  to: string;
}> {
  const { userId, month } = input;
  mailProviders(ctx);
  const sub = await findSubscription({ ctx, input: { userId } });
  if (!sub)
    throw new AppError(
      'not_found',
      'no confirmed subscription: subscribe (POST /api/usage/subscribe), and a new address confirms its link first',
    );
  if (input.limited) await chargeDailyMail({ ctx, input: { userId, kind: 'test-send' } });
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
  const outcome = await sendReport({
    ctx,
    input: { userId, subscriptionId: sub.id, period, ledgerKey },
  });
  return { outcome, period: period.key, to: sub.email };
}
