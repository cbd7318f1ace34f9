// What an alert delivery says: one email listing the alerts raised together, and the webhook body.
import type { AlertRow } from '../store/queries/usage-alerts/list-alerts.js';
import { translator } from '../domain/i18n/index.js';
import type { AlertEmailContent } from './providers.js';

export interface AlertMessageInput {
  userId: string;
  deliveryId: string;
  createdAt: Date;
  alerts: AlertRow[];
  dashboardUrl: string;
  /** The language of the email (the alert settings'); absent: English. */
  locale?: string | null;
}

const isAnomaly = (a: AlertRow) => a.kind.startsWith('anomaly');
// A limit's threshold-N or a budget's budget-N: one share of the same limit or budget.
const threshold = (a: AlertRow) => Number(/^(?:threshold|budget)-(\d+)$/.exec(a.kind)?.[1] ?? NaN);

// Crossing 80% and 100% at once says one thing: the higher threshold stands for the metric.
function highestPerMetric(alerts: AlertRow[]): AlertRow[] {
  return alerts.filter(
    (a) =>
      Number.isNaN(threshold(a)) ||
      !alerts.some((b) => b.metric === a.metric && threshold(b) > threshold(a)),
  );
}

function subject(alerts: AlertRow[], locale?: string | null): string {
  const t = translator(locale ?? 'en');
  const first = alerts[0]!;
  // The message names its metric (or "Spend budget") before the colon, in its own language.
  const what = first.message.split(':')[0];
  const count = alerts.length;
  if (count > 1)
    return alerts.every(isAnomaly)
      ? t('alertEmail.unusualMany', { count })
      : t('alertEmail.alertsMany', { count });
  return t(isAnomaly(first) ? 'alertEmail.unusual' : 'alertEmail.alert', { what });
}

/** What the email about alerts raised together says: its subject, one line per metric, the dashboard link. */
export function alertEmailContent(m: AlertMessageInput): AlertEmailContent {
  const alerts = highestPerMetric(m.alerts);
  return {
    subject: subject(alerts, m.locale),
    lines: alerts.map((a) => a.message),
    // The dashboard opens in the email's language too.
    dashboardUrl: `${m.dashboardUrl}/?period=this_month${m.locale ? `&lang=${encodeURIComponent(m.locale)}` : ''}`,
    ...(m.locale ? { locale: m.locale } : {}),
  };
}

/** The webhook body: stable across retries (receivers deduplicate on id). */
export function alertWebhookBody(m: AlertMessageInput): string {
  return JSON.stringify({
    id: m.deliveryId,
    type: m.alerts.every(isAnomaly) ? 'usage.anomalies' : 'usage.alerts',
    createdAt: m.createdAt.toISOString(),
    userId: m.userId,
    alerts: m.alerts.map((a) => ({
      metric: a.metric,
      kind: a.kind,
      period: a.periodKey,
      value: a.value,
      ...(isAnomaly(a) ? { expected: a.limit } : { limit: a.limit }),
      message: a.message,
      ...(a.details ? { details: a.details } : {}),
    })),
  });
}
