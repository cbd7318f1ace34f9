// Telemetry's scheduled work: aggregates every 5 minutes, raw rows expired once a day; each slot
// runs once across processes (the job key is the slot).
import { z } from 'zod';
import { expireTelemetry, rollupTelemetry } from '../services/rollup-telemetry.js';
import { defineJob } from './definition.js';
import type { Periodic } from './worker.js';

const ROLLUP_EVERY_MS = 5 * 60_000;

export const telemetryRollupJob = defineJob({
  name: 'telemetry-rollup',
  payload: z.object({ slot: z.string() }),
  timeoutMs: 300_000,
  async handler(_payload, ctx) {
    await rollupTelemetry({ ctx, input: {} });
  },
});

export const telemetryRetentionJob = defineJob({
  name: 'telemetry-retention',
  payload: z.object({ day: z.string() }),
  timeoutMs: 600_000,
  async handler(_payload, ctx) {
    await expireTelemetry({ ctx, input: {} });
  },
});

/** The periodic tasks that queue them. */
export const telemetryPeriodics: Periodic[] = [
  {
    name: 'telemetry-rollup-sweep',
    everyMs: 60_000,
    run: (db, now) => {
      const slot = new Date(Math.floor(now / ROLLUP_EVERY_MS) * ROLLUP_EVERY_MS).toISOString();
      return telemetryRollupJob.enqueue(db, { slot }, { key: slot });
    },
  },
  {
    name: 'telemetry-retention-sweep',
    everyMs: 3_600_000,
    run: (db, now) => {
      const day = new Date(now).toISOString().slice(0, 10);
      return telemetryRetentionJob.enqueue(db, { day }, { key: day });
    },
  },
];
