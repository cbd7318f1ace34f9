import { DateTime } from 'luxon';
import { peerPercentile, planDisplayName, type PeerComparison } from '../analytics/index.js';
import { historyQuerySchema } from '../domain/history-query.js';
import { REPORT_METRICS, type Metric } from '../domain/metrics.js';
import { computePeerCohorts } from '../store/queries/peer-cohorts/compute-peer-cohorts.js';
import { readPeerCohorts } from '../store/queries/peer-cohorts/read-peer-cohorts.js';
import { getUser } from '../store/queries/get-user.js';
import { planAt } from '../store/queries/plans/plan-at.js';
import { listPlans } from '../store/plans-catalog.js';
import type { Call } from './context.js';
import { getHistory } from './get-history.js';
import { reason } from '../domain/i18n/reasons.js';

export interface PeersResponse {
  month: string;
  plan: string;
  /** The plan's display name ("Pro"), for sentences; `plan` is its id. */
  planName: string;
  metrics: {
    metric: Metric;
    value: number;
    cohort: { n: number; p25: number; p50: number; p75: number; p90: number } | null;
    comparison: PeerComparison;
  }[];
}

/** Recomputes the anonymised cohorts of a month for every plan (a scheduled job). */
export async function computePeers({ ctx, input }: Call<{ month: string }>): Promise<number> {
  return computePeerCohorts(ctx.db, input.month);
}

/** The caller's percentile per metric in its last full month among users of the same plan; aggregates only. */
export async function getPeers({ ctx, input }: Call<{ userId: string }>): Promise<PeersResponse> {
  const zone = (await getUser(ctx.db, input.userId))?.timeZone ?? 'UTC';
  const last = DateTime.fromMillis(ctx.now(), { zone }).startOf('month').minus({ months: 1 });
  const month = last.toFormat('yyyy-LL');
  const then = await planAt(ctx.db, input.userId, last.endOf('month').toMillis());
  const plan = then?.name ?? 'free';
  const planName = then?.displayName ?? planDisplayName(await listPlans(ctx.db), plan);
  const h = await getHistory({
    ctx,
    input: {
      userId: input.userId,
      query: historyQuerySchema.parse({ period: 'last_month', groupBy: 'month' }),
    },
  });
  const cohorts = new Map((await readPeerCohorts(ctx.db, plan, month)).map((c) => [c.metric, c]));
  return {
    month,
    plan,
    planName,
    metrics: REPORT_METRICS.map((metric) => {
      const value = (h.totals[metric] as number | null) ?? 0;
      const c = cohorts.get(metric);
      const cohort =
        c && c.n >= 10 ? { n: c.n, p25: c.p25, p50: c.p50, p75: c.p75, p90: c.p90 } : null;
      return {
        metric,
        value,
        cohort,
        comparison: c
          ? peerPercentile(c, value)
          : { available: false, reason: reason('cohortPending') },
      };
    }),
  };
}
