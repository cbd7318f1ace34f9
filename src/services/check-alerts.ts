// Alert evaluation in two steps: what is due now (read-only, may run a forecast), then raising
// what was not raised before with one pending delivery per channel, in one transaction.
import { createHash } from 'node:crypto';
import { alertsFor, type AlertCandidate } from '../domain/alerts.js';
import { wordsFor } from '../domain/i18n/index.js';
import { anomalyAlertsFor, type DayAnomaly } from '../domain/anomaly-alerts.js';
import { localDate } from '../domain/calendar.js';
import { addDays } from '../domain/dates.js';
import type { UsageAnalysis } from '../analytics/index.js';
import type { Metric } from '../domain/metrics.js';
import { createDelivery } from '../store/queries/alert-deliveries/create-delivery.js';
import { readAlertSettings } from '../store/queries/alert-settings/read-alert-settings.js';
import { getUser } from '../store/queries/get-user.js';
import { analysisComputedAt } from '../store/queries/analysis/analysis-computed-at.js';
import { readRecentAnalysis } from '../store/queries/analysis/read-recent-analysis.js';
import { raiseAlert } from '../store/queries/usage-alerts/raise-alert.js';
import { readBudget } from '../store/queries/spend-budgets/read-budget.js';
import { dueBudgetAlerts } from './budget-alerts.js';
import { type AlertKey } from '../store/queries/usage-alerts/alert-key.js';
import type { Call } from './context.js';
import { AppError } from './errors.js';
import { getAnalysis } from './get-analysis.js';
import { getCurrent } from './get-current.js';
import { findSubscription } from './report-ledger.js';

/** A forecast younger than this is good enough for alerts; new usage alone does not refit it. */
export const ALERT_FORECAST_MAX_AGE_MS = 30 * 60_000;

// A usage metric, or 'spend' for a budget alert.
export interface DueAlert extends Omit<AlertCandidate, 'metric'> {
  metric: string;
  periodKey: string;
  details?: object;
}

export interface DueAlerts {
  alerts: DueAlert[];
  email: string | null;
  webhookUrl: string | null;
  /** The forecast this user's alerts read is missing or older than ALERT_FORECAST_MAX_AGE_MS. */
  forecastStale: boolean;
}

// The forecast and anomalies change slowly: a recent analysis (any process's) is reused rather
// than refitted after every batch of events; a new day or an old one computes it again.
async function analysisForAlerts(ctx: Call<unknown>['ctx'], userId: string) {
  const recent = await readRecentAnalysis(ctx.db, userId, ctx.now() - ALERT_FORECAST_MAX_AGE_MS);
  if (recent) return recent as UsageAnalysis;
  try {
    return await getAnalysis({ ctx, input: { userId } });
  } catch (err) {
    // Too little history to analyse: no forecast or anomaly alert, limit alerts still go out.
    if (err instanceof AppError && err.code === 'invalid_input') return null;
    throw err;
  }
}

/**
 * The alerts due for the user now by its settings, raised before or not. `limits` reads only this
 * month's usage (cheap: run after every change); `forecasts` reads the forecast and anomalies.
 */
export async function dueAlerts({
  ctx,
  input,
}: Call<{ userId: string; scope: 'limits' | 'forecasts' }>): Promise<DueAlerts> {
  const settings = await readAlertSettings(ctx.db, input.userId);
  // Messages are written once, in the language the alert settings were saved in.
  const words = wordsFor(settings.locale);
  const budget = await readBudget(ctx.db, input.userId);
  const none = { alerts: [], email: null, webhookUrl: null, forecastStale: false };
  const wantsForecast =
    (settings.enabled && settings.forecast) || settings.anomalies || !!budget?.forecast;
  if (!settings.enabled && !settings.anomalies && !budget) return none;
  const user = await getUser(ctx.db, input.userId);
  if (!user) return none;
  const current = await getCurrent({ ctx, input: { userId: input.userId } });
  const today = localDate(ctx.now(), current.period.tz);
  const alerts: DueAlert[] = [];
  let forecastStale = false;
  let analysis: UsageAnalysis | null = null;
  if (input.scope === 'limits') {
    const at = wantsForecast ? await analysisComputedAt(ctx.db, input.userId) : null;
    forecastStale = wantsForecast && (at === null || at < ctx.now() - ALERT_FORECAST_MAX_AGE_MS);
  } else if (wantsForecast) analysis = await analysisForAlerts(ctx, input.userId);
  if (settings.enabled) {
    const forecast = (analysis?.forecast.metrics ?? []).flatMap((f) =>
      f.available && f.limitReach.status === 'expected'
        ? [{ metric: f.metric as Metric, date: f.limitReach.date }]
        : [],
    );
    const periodKey = current.period.from.slice(0, 7);
    for (const c of alertsFor({
      usage: current.metrics,
      thresholds: input.scope === 'limits' ? settings.thresholds : [],
      forecast,
      today,
      withForecast: input.scope === 'forecasts' && settings.forecast,
      words,
    }))
      alerts.push({ ...c, periodKey });
  }
  if (budget)
    alerts.push(
      ...(await dueBudgetAlerts({
        ctx,
        input: { budget, current, analysis, scope: input.scope, words },
      })),
    );
  if (settings.anomalies && analysis) {
    // The detector judges complete days only: yesterday, or the day before if a check was missed.
    const days = [addDays(today, -1), addDays(today, -2)];
    const found: DayAnomaly[] = analysis.anomalies.flatMap((m) =>
      m.granularity === 'day' ? m.anomalies.map((a) => ({ ...a, metric: m.metric })) : [],
    );
    alerts.push(...anomalyAlertsFor(found, days, words));
  }
  const email =
    user.email ?? (await findSubscription({ ctx, input: { userId: input.userId } }))?.email ?? null;
  return { alerts, email, webhookUrl: settings.webhookUrl, forecastStale };
}

const deliveryId = (userId: string, channel: string, keys: AlertKey[]) =>
  'dlv_' +
  createHash('sha256')
    .update(JSON.stringify([userId, channel, keys]))
    .digest('base64url')
    .slice(0, 24);

/** Records the due alerts not raised before, and a pending delivery per channel for them; returns those deliveries. */
export async function raiseAlerts({
  ctx,
  input,
}: Call<{ userId: string; due: DueAlerts }>): Promise<string[]> {
  const fresh: AlertKey[] = [];
  for (const a of input.due.alerts) {
    if (await raiseAlert(ctx.db, input.userId, a))
      fresh.push({ metric: a.metric, kind: a.kind, periodKey: a.periodKey });
  }
  if (fresh.length === 0) return [];
  const channels = [
    ...(input.due.email ? [{ channel: 'email' as const, target: input.due.email }] : []),
    ...(input.due.webhookUrl
      ? [{ channel: 'webhook' as const, target: input.due.webhookUrl }]
      : []),
  ];
  const ids: string[] = [];
  for (const c of channels) {
    const id = deliveryId(input.userId, c.channel, fresh);
    if (await createDelivery(ctx.db, input.userId, { deliveryId: id, ...c, alerts: fresh }))
      ids.push(id);
  }
  return ids;
}
