// Ingestion and rollup health for the operator console: events per minute over the last hour,
// the rollup lag now, jobs waiting and running, and jobs that failed for good in the last day.
import { readFailedJobs } from '../store/queries/ops/failed-jobs.js';
import { readOpsGauges } from '../store/queries/ops-gauges.js';
import { readRecentOps } from '../store/queries/ops/recent-ops.js';
import type { Call } from './context.js';

const HOUR = 3_600_000;

/** Health now and over the last hour; counts only, no user data. */
export async function getOpsHealth({ ctx }: Call<object>) {
  const now = ctx.now();
  const [minutes, gauges, failed] = await Promise.all([
    readRecentOps(ctx.db, now - HOUR),
    readOpsGauges(ctx.db),
    readFailedJobs(ctx.db, now - 24 * HOUR),
  ]);
  const last5 = minutes.slice(-5);
  return {
    at: new Date(now).toISOString(),
    eventsPerMinute: last5.length
      ? Math.round(last5.reduce((s, m) => s + m.events, 0) / last5.length)
      : 0,
    rollupLagSeconds: Math.round(gauges.rollupLagSeconds),
    minutes,
    jobs: gauges.jobs,
    failedJobs: failed,
  };
}
