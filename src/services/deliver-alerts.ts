// Delivering raised alerts, one channel at a time, through the providers on the context. Email is
// sent at most once (a send cut off mid-way is reported, never repeated); a webhook is retried
// with backoff until it answers 2xx, and its receiver deduplicates on the delivery id.
import { readAlertSettings } from '../store/queries/alert-settings/read-alert-settings.js';
import { claimDelivery } from '../store/queries/alert-deliveries/claim-delivery.js';
import { finishDelivery } from '../store/queries/alert-deliveries/finish-delivery.js';
import { getDelivery } from '../store/queries/alert-deliveries/get-delivery.js';
import { type DeliveryRow } from '../store/queries/alert-deliveries/delivery-status.js';
import { listAlerts } from '../store/queries/usage-alerts/list-alerts.js';
import { markAlertsDelivered } from '../store/queries/usage-alerts/mark-alerts-delivered.js';
import { alertEmailContent, alertWebhookBody } from './alert-messages.js';
import type { Call, ServiceContext } from './context.js';
import { DeliveryError } from './providers.js';

/** Attempts per delivery before it is given up (webhooks); the job that runs it allows a few more. */
export const MAX_DELIVERY_ATTEMPTS = 8;

/** Thrown when an attempt failed and the delivery should be tried again after a backoff. */
export class RetryDelivery extends Error {}

type Outcome = {
  status: 'sent' | 'failed' | 'retry';
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
};

async function settle(ctx: ServiceContext, userId: string, d: DeliveryRow, o: Outcome) {
  const status = o.status === 'retry' && d.attempts >= MAX_DELIVERY_ATTEMPTS ? 'failed' : o.status;
  await ctx.db.transaction(async (tx) => {
    await finishDelivery(tx, userId, d.deliveryId, status, { n: d.attempts, ...o });
    if (status === 'sent') await markAlertsDelivered(tx, userId, d.alerts, d.channel);
  });
  if (status === 'retry') throw new RetryDelivery(o.error ?? 'retry');
}

async function sendEmail(ctx: ServiceContext, userId: string, d: DeliveryRow): Promise<Outcome> {
  const started = performance.now();
  const alerts = await listAlerts(ctx.db, userId, { keys: d.alerts });
  const { locale } = await readAlertSettings(ctx.db, userId);
  const content = alertEmailContent({
    locale,
    userId,
    deliveryId: d.deliveryId,
    createdAt: d.createdAt,
    alerts,
    dashboardUrl: ctx.publicUrl ?? 'http://localhost:8080',
  });
  const ms = () => Math.round(performance.now() - started);
  try {
    if (!ctx.mailer || !ctx.documents) throw new DeliveryError('no mailer is configured', false);
    await ctx.mailer.send({
      ...ctx.documents.alertEmail(content),
      to: d.target,
      // One Message-ID per delivery: a mail server or client recognises a copy as the same message.
      messageId: `<${d.deliveryId}@usage-insights>`,
    });
    return { status: 'sent', httpStatus: null, error: null, durationMs: ms() };
  } catch (err) {
    const permanent = err instanceof DeliveryError && err.permanent;
    return {
      status: permanent ? 'failed' : 'retry',
      httpStatus: null,
      error: (err as Error).message.slice(0, 500),
      durationMs: ms(),
    };
  }
}

async function postWebhook(ctx: ServiceContext, userId: string, d: DeliveryRow): Promise<Outcome> {
  const settings = await readAlertSettings(ctx.db, userId);
  // A webhook changed or removed since the alerts were raised: the old secret is gone, so is the target.
  if (settings.webhookUrl !== d.target || !settings.webhookSecret || !ctx.webhooks)
    return {
      status: 'failed',
      httpStatus: null,
      error: 'the webhook was changed or removed before delivery',
      durationMs: 0,
    };
  const alerts = await listAlerts(ctx.db, userId, { keys: d.alerts });
  const body = alertWebhookBody({
    userId,
    deliveryId: d.deliveryId,
    createdAt: d.createdAt,
    alerts,
    dashboardUrl: ctx.publicUrl ?? '',
  });
  const r = await ctx.webhooks.post({
    url: d.target,
    secret: settings.webhookSecret,
    body,
    deliveryId: d.deliveryId,
    now: ctx.now(),
  });
  if (r.ok) return { status: 'sent', httpStatus: r.status, error: null, durationMs: r.durationMs };
  // A refused target stays refused: retrying would not change the answer.
  const refused = r.error?.startsWith('refused') ?? false;
  return {
    status: refused ? 'failed' : 'retry',
    httpStatus: r.status,
    error: r.error,
    durationMs: r.durationMs,
  };
}

/** Makes one attempt at a delivery; resolves once it is settled, throws RetryDelivery when it should be tried again later. */
export async function deliverAlerts({
  ctx,
  input,
}: Call<{ userId: string; deliveryId: string }>): Promise<void> {
  const existing = await getDelivery(ctx.db, input.userId, input.deliveryId);
  if (!existing || ['sent', 'failed', 'unknown'].includes(existing.status)) return;
  if (existing.channel === 'email' && existing.status === 'sending') {
    // The previous attempt stopped after handing the message over, maybe: better missing than twice.
    await finishDelivery(ctx.db, input.userId, input.deliveryId, 'unknown', {
      n: existing.attempts,
      httpStatus: null,
      error: 'interrupted while the mail server had it; not resent',
      durationMs: 0,
    });
    return;
  }
  const from =
    existing.channel === 'email' ? ['pending', 'retry'] : ['pending', 'retry', 'sending'];
  const d = await claimDelivery(
    ctx.db,
    input.userId,
    input.deliveryId,
    from as DeliveryRow['status'][],
  );
  if (!d) return;
  const outcome =
    d.channel === 'email'
      ? await sendEmail(ctx, input.userId, d)
      : await postWebhook(ctx, input.userId, d);
  await settle(ctx, input.userId, d, outcome);
}
