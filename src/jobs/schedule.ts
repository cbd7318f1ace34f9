// The periodic work of a server: rollup requests every few seconds, retention once a day.
import { enqueueDirtyRollups, enqueueJob } from '../store/queries/jobs-queue.js';
import { defineJob, type JobDefinition } from './definition.js';
import { rollupJob } from './rollup-job.js';
import type { Periodic } from './worker.js';
import { z } from 'zod';
import { deleteEventsBefore } from '../store/queries/delete-old-events.js';

const DAY = 86_400_000;

const retentionJob = (retentionDays: number) =>
  defineJob({
    name: 'retention',
    payload: z.object({ day: z.string() }),
    timeoutMs: 600_000,
    async handler(_payload, ctx) {
      await deleteEventsBefore(ctx.db, ctx.now() - retentionDays * DAY);
    },
  });

/** The job definitions every worker runs. */
export function jobDefinitions(retentionDays: number): JobDefinition[] {
  return [rollupJob(retentionDays), retentionJob(retentionDays)] as JobDefinition[];
}

/** What each process schedules; the (name, key) uniqueness makes every period's job run once across processes. */
export function periodicTasks(): Periodic[] {
  return [
    { name: 'rollup-sweep', everyMs: 2000, run: (db) => enqueueDirtyRollups(db) },
    {
      name: 'retention',
      everyMs: 3_600_000,
      run: (db, now) => {
        const day = new Date(now).toISOString().slice(0, 10);
        return enqueueJob(db, { name: 'retention', key: day, payload: { day } });
      },
    },
  ];
}
