// Whole-database numbers for /metrics: the same for every process, read when scraped.
import type { Queryable } from '../db.js';

export interface OpsGauges {
  /** Seconds since the oldest hour still waiting for its rollup was marked (0 when none waits). */
  rollupLagSeconds: number;
  /** Jobs waiting (queued, due or not) and running, per job name. */
  jobs: { name: string; status: string; n: number }[];
  alertDeliveries: { channel: string; status: string; n: number }[];
  reportSends: { status: string; n: number }[];
}

/** Reads the operational gauges in one round trip per table (no user data). */
export async function readOpsGauges(q: Queryable): Promise<OpsGauges> {
  const [lag] = await q.query<{ s: number }>(
    `SELECT coalesce(extract(epoch FROM now() - min(marked_at)), 0)::float8 AS s FROM rollup_dirty`,
  );
  const jobs = await q.query<{ name: string; status: string; n: number }>(
    `SELECT name, status, count(*)::int AS n FROM jobs
     WHERE status IN ('queued', 'running') GROUP BY name, status`,
  );
  const alertDeliveries = await q.query<{ channel: string; status: string; n: number }>(
    `SELECT channel, status, count(*)::int AS n FROM alert_deliveries GROUP BY channel, status`,
  );
  const reportSends = await q.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM report_sends GROUP BY status`,
  );
  return { rollupLagSeconds: lag?.s ?? 0, jobs, alertDeliveries, reportSends };
}
