import { z } from 'zod';
import { rollupUser } from '../services/rollup-user.js';
import { checkAlertsJob, PRIORITY } from './alert-jobs.js';
import { defineJob, defineQueue } from './definition.js';

/** Where rollups are queued (the periodic sweep queues them in bulk by this name). */
export const rollupQueue = defineQueue({
  name: 'rollup',
  payload: z.object({ userId: z.string() }),
  maxAttempts: 10,
});

/** Recomputes a user's stale hourly, daily and monthly rows, then has its alerts checked. Keyed by user: one runs at a time. */
export const rollupJob = (retentionDays: number) =>
  defineJob({
    ...rollupQueue,
    timeoutMs: 30_000,
    async handler(payload, ctx) {
      const r = await rollupUser({ ctx, input: { userId: payload.userId, retentionDays } });
      // New usage may cross a limit: the check is queued in the rollup's own transaction.
      if (r.markers > 0)
        await checkAlertsJob.enqueue(
          ctx.db,
          { userId: payload.userId },
          { key: payload.userId, again: true, priority: PRIORITY.check },
        );
    },
  });
