// Alerts as jobs: a check per user whenever its usage changed (after its rollup) and on an hourly
// sweep, and one delivery job per channel. A check's alerts and deliveries commit together, so a
// crash loses nothing, and (user, metric, kind, period) is raised once across every process.
import { z } from 'zod';
import { dueAlerts, raiseAlerts } from '../services/check-alerts.js';
import { deliverAlerts, MAX_DELIVERY_ATTEMPTS } from '../services/deliver-alerts.js';
import { txAsDb } from '../store/db.js';
import { enqueueForActiveUsers } from '../store/queries/jobs-queue.js';
import { defineJob } from './definition.js';
import type { Periodic } from './worker.js';

/** Deliveries go before everything else; checks caused by new usage before swept ones. */
export const PRIORITY = { delivery: 20, changed: 10, sweep: 0 } as const;

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

/** Evaluates one user's alerts and queues the delivery of those raised now. */
export const checkAlertsJob = defineJob({
  name: 'check-alerts',
  payload: z.object({ userId: z.string() }),
  timeoutMs: 120_000,
  maxAttempts: 5,
  // The forecast may take a while: it runs outside any transaction; only the raise is one.
  transactional: false,
  async handler({ userId }, ctx) {
    const due = await dueAlerts({ ctx, input: { userId } });
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
