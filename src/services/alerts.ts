import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { alertsFor, type AlertCandidate } from '../domain/alerts.js';
import { localDate } from '../domain/calendar.js';
import type { Metric } from '../domain/metrics.js';
import { ensureUsers } from '../store/queries/ensure-users.js';
import {
  alertCandidates,
  listAlerts,
  markAlertDelivered,
  raiseAlert,
  readAlertSettings,
  writeAlertSettings,
} from '../store/queries/alerts.js';
import { getUser } from '../store/queries/get-user.js';
import type { Call } from './context.js';
import { getAnalysis } from './get-analysis.js';
import { getCurrent } from './get-current.js';

export const alertSettingsSchema = z.strictObject({
  enabled: z.boolean().optional(),
  thresholds: z.array(z.number().int().min(1).max(1000)).min(1).max(5).optional(),
  forecast: z.boolean().optional(),
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .optional(),
});
export type AlertSettingsPatch = z.output<typeof alertSettingsSchema>;

const view = (s: Awaited<ReturnType<typeof readAlertSettings>>) => ({
  enabled: s.enabled,
  thresholds: s.thresholds,
  forecast: s.forecast,
  webhookUrl: s.webhookUrl,
});

/** The caller's alert settings and its recent alerts. */
export async function getAlerts({ ctx, input }: Call<{ userId: string }>) {
  const settings = await readAlertSettings(ctx.db, input.userId);
  const alerts = (await listAlerts(ctx.db, input.userId)).map((a) => ({
    metric: a.metric,
    kind: a.kind,
    period: a.periodKey,
    value: a.value,
    limit: a.limit,
    message: a.message,
    at: a.createdAt.toISOString(),
    emailed: a.emailedAt !== null,
    webhook: a.webhookAt !== null,
  }));
  return { settings: view(settings), alerts };
}

/** Changes the caller's alert settings; a new webhook URL gets a new signing secret, shown once. */
export async function updateAlertSettings({
  ctx,
  input,
}: Call<{ userId: string; patch: AlertSettingsPatch }>) {
  return ctx.db.transaction(async (tx) => {
    await ensureUsers(tx, [input.userId]);
    const s = await readAlertSettings(tx, input.userId);
    const p = input.patch;
    const newHook = p.webhookUrl !== undefined && p.webhookUrl !== s.webhookUrl;
    const next = {
      enabled: p.enabled ?? s.enabled,
      thresholds: p.thresholds ? [...new Set(p.thresholds)].sort((a, b) => a - b) : s.thresholds,
      forecast: p.forecast ?? s.forecast,
      webhookUrl: p.webhookUrl === undefined ? s.webhookUrl : p.webhookUrl,
      webhookSecret: newHook
        ? p.webhookUrl
          ? `whsec_${randomBytes(24).toString('base64url')}`
          : null
        : s.webhookSecret,
    };
    await writeAlertSettings(tx, input.userId, next);
    return {
      settings: view(next),
      ...(newHook && next.webhookSecret ? { webhookSecret: next.webhookSecret } : {}),
    };
  });
}

export interface RaisedAlert extends AlertCandidate {
  userId: string;
  periodKey: string;
}

/** Raises the user's due alerts that were not raised before (each metric, kind and period once). */
export async function evaluateAlerts({ ctx, input }: Call<{ userId: string }>): Promise<{
  raised: RaisedAlert[];
  webhook: { url: string; secret: string } | null;
  email: string | null;
}> {
  const settings = await readAlertSettings(ctx.db, input.userId);
  if (!settings.enabled) return { raised: [], webhook: null, email: null };
  const current = await getCurrent({ ctx, input: { userId: input.userId } });
  const analysis = settings.forecast
    ? await getAnalysis({ ctx, input: { userId: input.userId } })
    : null;
  const forecast = (analysis?.forecast.metrics ?? []).flatMap((f) =>
    f.available && f.limitReach.status === 'expected'
      ? [{ metric: f.metric as Metric, date: f.limitReach.date }]
      : [],
  );
  const candidates = alertsFor({
    usage: current.metrics,
    thresholds: settings.thresholds,
    forecast,
    today: localDate(ctx.now(), current.period.tz),
    withForecast: settings.forecast,
  });
  const periodKey = current.period.from.slice(0, 7);
  const raised: RaisedAlert[] = [];
  for (const c of candidates) {
    if (await raiseAlert(ctx.db, input.userId, { ...c, periodKey }))
      raised.push({ ...c, userId: input.userId, periodKey });
  }
  const user = await getUser(ctx.db, input.userId);
  return {
    raised,
    webhook:
      settings.webhookUrl && settings.webhookSecret
        ? { url: settings.webhookUrl, secret: settings.webhookSecret }
        : null,
    email: user?.email ?? null,
  };
}

/** Users to check for alerts. */
export async function alertUsers({ ctx }: Call<Record<string, never>>) {
  return alertCandidates(ctx.db);
}

/** Notes an alert's delivery. */
export async function alertDelivered({
  ctx,
  input,
}: Call<{
  userId: string;
  alert: { metric: string; kind: string; periodKey: string };
  via: 'email' | 'webhook';
}>) {
  await markAlertDelivered(ctx.db, input.userId, input.alert, input.via);
}
