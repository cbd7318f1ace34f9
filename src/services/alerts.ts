// A user's alert settings, the alerts raised for it and how each was delivered.
import { randomBytes } from 'node:crypto';
import { ensureUsers } from '../store/queries/ensure-users.js';
import { listDeliveries } from '../store/queries/alert-deliveries/list-deliveries.js';
import { readAlertSettings } from '../store/queries/alert-settings/read-alert-settings.js';
import { writeAlertSettings } from '../store/queries/alert-settings/write-alert-settings.js';
import { type AlertSettings } from '../store/queries/alert-settings/alert-settings.js';
import { listAlerts } from '../store/queries/usage-alerts/list-alerts.js';
import type { Call } from './context.js';
import { AppError, invalid } from './errors.js';
import { WebhookTargetError } from './providers.js';
import type { AlertSettingsPatch } from '../contracts/account.js';
import { languageOf, supportedTag } from '../domain/i18n/locale.js';
import { refusal } from '../domain/i18n/reasons.js';

const view = (s: AlertSettings) => ({
  enabled: s.enabled,
  thresholds: s.thresholds,
  forecast: s.forecast,
  anomalies: s.anomalies,
  webhookUrl: s.webhookUrl,
});

/** The caller's alert settings, every alert raised for it (newest first) and the delivery log. */
export async function getAlerts({ ctx, input }: Call<{ userId: string }>) {
  const settings = await readAlertSettings(ctx.db, input.userId);
  const alerts = (await listAlerts(ctx.db, input.userId, { limit: 200 })).map((a) => ({
    metric: a.metric,
    kind: a.kind,
    period: a.periodKey,
    value: a.value,
    limit: a.limit,
    message: a.message,
    details: a.details,
    at: a.createdAt.toISOString(),
    emailed: a.emailedAt !== null,
    webhook: a.webhookAt !== null,
  }));
  const deliveries = (await listDeliveries(ctx.db, input.userId, 50)).map((d) => ({
    id: d.deliveryId,
    channel: d.channel,
    // An address is the user's own; a webhook URL is shown without its query (it may hold a token).
    target: d.channel === 'webhook' ? d.target.replace(/\?.*$/, '') : d.target,
    alerts: d.alerts.length,
    status: d.status,
    attempts: d.attemptLog.map((a) => ({
      at: a.at.toISOString(),
      ok: a.ok,
      httpStatus: a.httpStatus,
      error: a.error,
      durationMs: a.durationMs,
    })),
    createdAt: d.createdAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
  }));
  return { settings: view(settings), alerts, deliveries };
}

/** Changes the caller's alert settings; a new webhook URL is checked, and gets a new signing secret, shown once. */
export async function updateAlertSettings({
  ctx,
  input,
}: Call<{ userId: string; patch: AlertSettingsPatch }>) {
  const p = input.patch;
  if (p.webhookUrl) {
    // Checked before anything is stored: a URL inside the network is refused here, and again on every send.
    try {
      if (!ctx.webhooks) throw new AppError('unavailable', refusal('webhooksUnavailable'));
      await ctx.webhooks.check(p.webhookUrl);
    } catch (err) {
      if (err instanceof WebhookTargetError) throw invalid('webhookUrl', err.message);
      throw err;
    }
  }
  return ctx.db.transaction(async (tx) => {
    await ensureUsers(tx, [input.userId]);
    const s = await readAlertSettings(tx, input.userId);
    const newHook = p.webhookUrl !== undefined && p.webhookUrl !== s.webhookUrl;
    const next: AlertSettings = {
      enabled: p.enabled ?? s.enabled,
      thresholds: p.thresholds ? [...new Set(p.thresholds)].sort((a, b) => a - b) : s.thresholds,
      forecast: p.forecast ?? s.forecast,
      anomalies: p.anomalies ?? s.anomalies,
      webhookUrl: p.webhookUrl === undefined ? s.webhookUrl : p.webhookUrl,
      webhookSecret: newHook
        ? p.webhookUrl
          ? `whsec_${randomBytes(24).toString('base64url')}`
          : null
        : s.webhookSecret,
      // English is stored as null (as every setting saved before languages was).
      locale:
        p.locale === undefined
          ? s.locale
          : languageOf(p.locale) === 'en'
            ? null
            : supportedTag(p.locale),
    };
    await writeAlertSettings(tx, input.userId, next);
    return {
      settings: view(next),
      ...(newHook && next.webhookSecret ? { webhookSecret: next.webhookSecret } : {}),
    };
  });
}
