// Alerts as jobs: a limit check per user whenever its usage changed (after its rollup) and on an
// hourly sweep, a forecast check when the user's forecast is over 30 minutes old, and one delivery
// job per channel. A check's alerts and deliveries commit together, so a
// crash loses nothing, and (user, metric, kind, period) is raised once across every process.
import { z } from 'zod';
import { dueAlerts, raiseAlerts, type DueAlerts } from '../services/check-alerts.js';
import type { ServiceContext } from '../services/context.js';
import { deliverAlerts, MAX_DELIVERY_ATTEMPTS } from '../services/deliver-alerts.js';
import { txAsDb } from '../store/db.js';
import { enqueueForActiveUsers } from '../store/queries/jobs/enqueue-for-active-users.js';
import { enqueueForUsers } from '../store/queries/jobs/enqueue-for-users.js';
import type { ChangeFeed } from '../services/change-feed.js';
import { defineJob } from './definition.js';
import type { Periodic } from './worker.js';

/**
 * Deliveries go first, then limit checks of users whose usage changed, their rollups, swept checks
 * and forecast refits; a step is worth PRIORITY_STEP_SECONDS of waiting, so none starves.
 */
export const PRIORITY = { delivery: 20, check: 15, rollup: 10, sweep: 5, forecast: 0 } as const;

// Webhook retries: 10 s, 20 s, 40 s ... capped at an hour, so 8 attempts span about 40 minutes.
const retryDelay = (attempts: number) => Math.min(10_000 * 2 ** (attempts - 1), 3_600_000);

/** Sends one alert delivery (an email, or a signed webhook retried with backoff). */
export const deliverAlertsJob = defineJob({
  name: 'deliver-alerts',
  payload: z.object({ userId: z.string(), deliveryId: z.string() }),
  timeoutMs: 60_000,
  maxAttempts: MAX_DELIVERY_ATTEMPTS + 2,
  backoffMs: retryDelay,
  transactional: false,
  handler: (p, ctx) => deliverAlerts({ ctx, input: p }),
});

// Raises what is due and queues its deliveries, in one transaction.
async function raise(ctx: ServiceContext, userId: string, due: DueAlerts) {
  if (due.alerts.length === 0) return;
  await ctx.db.transaction(async (tx) => {
    const db = txAsDb(tx, ctx.db.kind);
    const ids = await raiseAlerts({ ctx: { ...ctx, db }, input: { userId, due } });
    for (const deliveryId of ids)
      await deliverAlertsJob.enqueue(
        tx,
        { userId, deliveryId },
        { key: `${userId}:${deliveryId}`, priority: PRIORITY.delivery },
      );
  });
}

/** Forecast and anomaly alerts of one user: refits its forecast, so it runs after the cheap checks. */
export const checkForecastAlertsJob = defineJob({
  name: 'check-forecast-alerts',
  payload: z.object({ userId: z.string() }),
  timeoutMs: 120_000,
  maxAttempts: 3,
  // A refit is CPU work: one at a time per process leaves the other lanes to rollups and checks.
  maxConcurrent: 1,
  // The forecast may take a while: it runs outside any transaction; only the raise is one.
  transactional: false,
  async handler({ userId }, ctx) {
    await raise(ctx, userId, await dueAlerts({ ctx, input: { userId, scope: 'forecasts' } }));
  },
});

/** Limit alerts of one user from this month's usage (cheap, after every change); queues the forecast check when it is stale. */
export const checkAlertsJob = defineJob({
  name: 'check-alerts',
  payload: z.object({ userId: z.string() }),
  timeoutMs: 60_000,
  maxAttempts: 5,
  transactional: false,
  async handler({ userId }, ctx) {
    const due = await dueAlerts({ ctx, input: { userId, scope: 'limits' } });
    await raise(ctx, userId, due);
    if (due.forecastStale)
      await checkForecastAlertsJob.enqueue(
        ctx.db,
        { userId },
        { key: userId, again: true, priority: PRIORITY.forecast },
      );
  },
});

/** Every second, the users whose usage this process just took in are checked (before their rollups). */
export const alertChanges = (feed: ChangeFeed): Periodic => ({
  name: 'alerts-changed',
  everyMs: 1000,
  async run(db) {
    const userIds = feed.take();
    if (userIds.length)
      await enqueueForUsers(db, {
        name: checkAlertsJob.name,
        userIds,
        maxAttempts: checkAlertsJob.maxAttempts ?? 5,
        priority: PRIORITY.check,
      });
  },
});

const SWEEP_WINDOW_MS = 40 * 86_400_000;

/** Hourly, every user with usage in the last 40 days is checked: a new day or billing month changes alerts without new usage. */
export const alertSweep: Periodic = {
  name: 'alerts-sweep',
  everyMs: 3_600_000,
  run: async (db, now) =>
    void (await enqueueForActiveUsers(db, {
      name: checkAlertsJob.name,
      since: now - SWEEP_WINDOW_MS,
      maxAttempts: checkAlertsJob.maxAttempts ?? 5,
      priority: PRIORITY.sweep,
    })),
};
