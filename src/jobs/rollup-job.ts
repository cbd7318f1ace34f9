import { z } from 'zod';
import { rollupUser } from '../services/rollup-user.js';
import { checkAlertsJob, PRIORITY } from './alert-jobs.js';
import { defineJob } from './definition.js';

export const ROLLUP_JOB_NAME = 'rollup';

/** Recomputes a user's stale hourly, daily and monthly rows, then has its alerts checked. Keyed by user: one runs at a time. */
export const rollupJob = (retentionDays: number) =>
  defineJob({
    name: ROLLUP_JOB_NAME,
    payload: z.object({ userId: z.string() }),
    timeoutMs: 30_000,
    maxAttempts: 10,
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
