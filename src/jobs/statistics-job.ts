// Planner statistics on the embedded database, which has no autovacuum: checked every 10 minutes,
// each slot once. A server's autovacuum does the same there, so nothing is queued for it.
import { z } from 'zod';
import { refreshStatistics } from '../services/refresh-statistics.js';
import { defineJob } from './definition.js';
import type { Periodic } from './worker.js';

const EVERY_MS = 10 * 60_000;

export const statisticsJob = defineJob({
  name: 'statistics',
  payload: z.object({ slot: z.string() }),
  timeoutMs: 300_000,
  async handler(_payload, ctx) {
    await refreshStatistics({ ctx, input: {} });
  },
});

export const statisticsSweep: Periodic = {
  name: 'statistics-sweep',
  everyMs: EVERY_MS,
  run: async (db, now) => {
    if (db.kind !== 'pglite') return;
    const slot = new Date(Math.floor(now / EVERY_MS) * EVERY_MS).toISOString();
    await statisticsJob.enqueue(db, { slot }, { key: slot });
  },
};
