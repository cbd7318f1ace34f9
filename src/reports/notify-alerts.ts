// Limit alerts out to the user: one email per check listing what was newly raised, and a signed
// webhook when configured. Each alert is raised once per metric, kind and period (the table's key).
import type { ServiceContext } from '../services/context.js';
import { alertDelivered, evaluateAlerts } from '../services/alerts.js';
import { findSubscription } from '../services/report-ledger.js';
import { esc } from './format.js';
import type { Mailer } from './mailer.js';
import { postWebhook } from './webhook.js';

/** Evaluates one user's alerts and delivers the new ones; returns how many were raised. */
export async function notifyAlerts(
  ctx: ServiceContext,
  mailer: Mailer,
  userId: string,
  opts: { allowPrivateWebhooks?: boolean } = {},
): Promise<number> {
  const { raised, webhook, email } = await evaluateAlerts({ ctx, input: { userId } });
  if (raised.length === 0) return 0;
  const to = (await findSubscription({ ctx, input: { userId } }))?.email ?? email;
  const dashboard = ctx.publicUrl ?? 'http://localhost:8080';
  if (to) {
    const first = raised[0]!;
    await mailer.send({
      to,
      subject:
        raised.length === 1
          ? `Usage alert: ${first.message.split(':')[0]}`
          : `Usage alerts: ${raised.length} limits need attention`,
      text: [
        ...raised.map((a) => `- ${a.message}`),
        '',
        `Open your dashboard: ${dashboard}/?period=this_month`,
      ].join('\n'),
      html: `<ul>${raised.map((a) => `<li>${esc(a.message)}</li>`).join('')}</ul><p><a href="${esc(dashboard)}/?period=this_month">Open your dashboard</a></p>`,
      messageId: `<alert.${first.periodKey}.${raised.map((a) => `${a.metric}-${a.kind}`).join('.')}.${userId.length}@usage-insights>`,
    });
    for (const a of raised)
      await alertDelivered({ ctx, input: { userId, alert: a, via: 'email' } });
  }
  if (webhook) {
    const payload = {
      type: 'usage.alerts',
      userId,
      alerts: raised.map((a) => ({
        metric: a.metric,
        kind: a.kind,
        period: a.periodKey,
        value: a.value,
        limit: a.limit,
        message: a.message,
      })),
    };
    try {
      await postWebhook(webhook.url, webhook.secret, payload, ctx.now(), {
        allowPrivate: opts.allowPrivateWebhooks,
      });
      for (const a of raised)
        await alertDelivered({ ctx, input: { userId, alert: a, via: 'webhook' } });
    } catch {
      // The alert stays recorded (and shown in the dashboard) without its webhook mark.
    }
  }
  return raised.length;
}
