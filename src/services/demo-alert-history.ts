// A demo user's alert history: the limit alerts its closed billing periods would have raised had
// the server run then, so the alerts list after `npm start` is never empty just because a new
// period began this morning. The running server raises the current period's alerts itself.
import { DateTime } from 'luxon';
import { pastThresholdAlerts, type PastUsageEvent } from '../domain/alert-history.js';
import { wordsFor } from '../domain/i18n/index.js';
import type { PlanLimits } from '../domain/plans.js';
import { readAlertSettings } from '../store/queries/alert-settings/read-alert-settings.js';
import { raiseAlert } from '../store/queries/usage-alerts/raise-alert.js';
import type { Call } from './context.js';

/** Closed billing periods a demo's alert history reaches back (older ones stay silent). */
export const DEMO_ALERT_PERIODS = 3;

/**
 * Raises, dated when each threshold was crossed, the limit alerts of the user's last closed billing
 * periods that `events` wholly cover (from `fromDate` on); not delivered, since nobody was told
 * then. Returns how many were new.
 */
export async function raiseDemoAlertHistory({
  ctx,
  input,
}: Call<{
  userId: string;
  zone: string;
  limits: PlanLimits;
  fromDate: string;
  events: readonly PastUsageEvent[];
}>): Promise<number> {
  const settings = await readAlertSettings(ctx.db, input.userId);
  if (!settings.enabled) return 0;
  const current = DateTime.fromMillis(ctx.now(), { zone: input.zone }).startOf('month');
  const periods = new Set<string>();
  for (let i = 1; i <= DEMO_ALERT_PERIODS; i++) {
    const start = current.minus({ months: i });
    if (start.toISODate()! >= input.fromDate) periods.add(start.toFormat('yyyy-MM'));
  }
  if (periods.size === 0) return 0;
  const alerts = pastThresholdAlerts({
    events: input.events,
    limits: input.limits,
    thresholds: settings.thresholds,
    zone: input.zone,
    periods,
    words: wordsFor(settings.locale),
  });
  let raised = 0;
  for (const a of alerts) if (await raiseAlert(ctx.db, input.userId, a)) raised++;
  return raised;
}
