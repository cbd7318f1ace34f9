// The periodic work of a server: rollup requests every few seconds, retention once a day.
import { enqueueDirtyRollups } from '../store/queries/jobs/enqueue-dirty-rollups.js';
import { defineJob, defineQueue, type JobDefinition } from './definition.js';
import { rollupJob, rollupQueue } from './rollup-job.js';
import type { Periodic } from './worker.js';
import { z } from 'zod';
import { applyRetention } from '../services/apply-retention.js';
import { computePeers } from '../services/get-peers.js';
import type { ServiceContext } from '../services/context.js';
import {
  alertChanges,
  alertSweep,
  checkAlertsJob,
  checkForecastAlertsJob,
  deliverAlertsJob,
  PRIORITY,
} from './alert-jobs.js';
import { reportPeriodics, sendReportJob } from './report-jobs.js';
import { statisticsJob, statisticsSweep } from './statistics-job.js';
import { telemetryPeriodics, telemetryRetentionJob, telemetryRollupJob } from './telemetry-jobs.js';

const retentionQueue = defineQueue({ name: 'retention', payload: z.object({ day: z.string() }) });

// Partitions of the coming months, and whole expired months dropped (ADR 15).
const retentionJob = (retentionDays: number, hourlyRetentionDays: number) =>
  defineJob({
    ...retentionQueue,
    timeoutMs: 600_000,
    async handler(_payload, ctx) {
      await applyRetention({ ctx, input: { retentionDays, hourlyRetentionDays } });
    },
  });

const peersJob = defineJob({
  name: 'peers',
  payload: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/) }),
  timeoutMs: 600_000,
  async handler(payload, ctx) {
    await computePeers({ ctx, input: { month: payload.month } });
  },
});

/** The job definitions every worker runs (hourly rollup rows kept for good when hourlyRetentionDays is 0); reports go through the context's mailer. */
export function jobDefinitions(retentionDays: number, hourlyRetentionDays = 0): JobDefinition[] {
  const jobs = [
    rollupJob(retentionDays),
    retentionJob(retentionDays, hourlyRetentionDays),
    peersJob,
    checkAlertsJob,
    checkForecastAlertsJob,
    deliverAlertsJob,
    sendReportJob,
    telemetryRollupJob,
    telemetryRetentionJob,
    statisticsJob,
  ] as JobDefinition[];
  return jobs;
}

/** What each process schedules; the (name, key) uniqueness makes every period's job run once across processes. */
export function periodicTasks(ctx: Partial<ServiceContext> = {}, reports = false): Periodic[] {
  return [
    ...(reports ? reportPeriodics(ctx) : []),
    {
      // New usage goes before periodic sweeps: its rollup leads to its alert check.
      name: 'rollup-sweep',
      everyMs: 2000,
      run: (db) => enqueueDirtyRollups(db, { name: rollupQueue.name, priority: PRIORITY.rollup }),
    },
    alertSweep,
    statisticsSweep,
    ...telemetryPeriodics,
    ...(ctx.changes ? [alertChanges(ctx.changes)] : []),
    {
      // Cohorts of the last full month, refreshed daily so late events and every zone's month end count.
      name: 'peers-sweep',
      everyMs: 3_600_000,
      run: (db, now) => {
        const d = new Date(now);
        const month = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1))
          .toISOString()
          .slice(0, 7);
        return peersJob.enqueue(db, { month }, { key: `${month}@${d.toISOString().slice(0, 10)}` });
      },
    },
    {
      name: 'retention-sweep',
      everyMs: 3_600_000,
      run: (db, now) => {
        const day = new Date(now).toISOString().slice(0, 10);
        return retentionQueue.enqueue(db, { day }, { key: day });
      },
    },
  ];
}
