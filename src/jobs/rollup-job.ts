import { z } from 'zod';
import { rollupUser } from '../services/rollup-user.js';
import { defineJob } from './definition.js';

/** Recomputes a user's stale hourly, daily and monthly rows. Keyed by user: one runs at a time. */
export const rollupJob = (retentionDays: number) =>
  defineJob({
    name: 'rollup',
    payload: z.object({ userId: z.string() }),
    timeoutMs: 30_000,
    maxAttempts: 10,
    async handler(payload, ctx) {
      await rollupUser({ ctx, input: { userId: payload.userId, retentionDays } });
    },
  });
