import { isoInZoneFast } from '../domain/calendar.js';
import { forReading } from './read-replica.js';
import type { HistoryQuery } from '../domain/history-query.js';
import { METRIC_DEFS, type Metric } from '../domain/metrics.js';
import { limitOf } from '../domain/plans.js';
import { summarize } from '../domain/summarize.js';
import { listPlans } from '../store/plans-catalog.js';
import { planAndStorageBefore } from '../store/queries/plans/plan-and-storage-before.js';
import type { HistoryResponse } from '../contracts/usage.js';
import type { Call } from './context.js';
import { boundariesOf, bucketLabels, rangeOrInvalid } from './range.js';
import { cachedForVersion } from './history-cache.js';
import { loadPeriods } from './load-periods.js';
import { refuseBeforeHourlyHorizon } from './hourly-horizon.js';
import { loadClientPeriods } from './load-client-periods.js';
import { clientOnly } from './client-history.js';

export type { HistoryResponse };

const pick = <T>(rec: Record<Metric, T>, metrics: Metric[]) =>
  Object.fromEntries(metrics.map((m) => [m, rec[m]])) as Partial<Record<Metric, T>>;

/** The caller's usage over a range, bucketed in its zone, with totals, previous totals, change, trend, peaks and limits. */
export async function getHistory(
  call: Call<{ userId: string; query: HistoryQuery }>,
): Promise<HistoryResponse> {
  const { ctx, input } = call;
  return cachedForVersion(
    ctx,
    input.userId,
    JSON.stringify(input.query),
    input.query.tz,
    input.query.groupBy === 'hour',
    // The cache is keyed by the primary's version; the replica computes only when it has that version.
    async (userZone, first) =>
      computeHistory({ ctx: await forReading(ctx, input.userId), input }, userZone, first),
  );
}

/** Share of [start, end) at or after `first` (when usage history begins), two decimals. */
function coverage(r: { start: number; end: number }, first: number | null): number {
  if (first === null) return 0;
  const share = (r.end - Math.max(r.start, first)) / (r.end - r.start);
  return Math.round(Math.min(1, Math.max(0, share)) * 100) / 100;
}

async function computeHistory(
  { ctx, input }: Call<{ userId: string; query: HistoryQuery }>,
  userZone: string,
  first: number | null,
): Promise<HistoryResponse> {
  const { query, userId } = input;
  const now = ctx.now();
  const tz = query.tz ?? userZone;
  const range = rangeOrInvalid(
    { period: query.period, from: query.from, to: query.to, groupBy: query.groupBy, tz },
    now,
    ctx.caches?.ranges,
  );
  const prev = { start: range.previous.start, end: range.start };
  const { boundaries, aligned } = boundariesOf(range, userZone);
  refuseBeforeHourlyHorizon(ctx, query, tz, userZone, boundaries[0]!, !aligned.day);
  const whole = { start: range.start, end: range.end };
  // Independent reads go out together: a miss waits for the slowest, not for the sum.
  const [{ periods, uniques }, { plan: planThen, storageBefore: carryIn }] = await Promise.all([
    query.client === undefined
      ? loadPeriods(
          ctx.db,
          userId,
          userZone,
          boundaries,
          query.groupBy === 'hour',
          [...range.buckets, whole, prev],
          { parts: ctx.caches?.dayParts, aligned },
        )
      : loadClientPeriods(
          ctx.db,
          userId,
          query.client,
          userZone,
          boundaries,
          query.groupBy === 'hour',
          [...range.buckets, whole, prev],
          aligned,
        ),
    planAndStorageBefore(ctx.db, userId, Math.min(now, range.end - 1), prev.start),
  ]);
  const n = range.buckets.length;
  const summary = summarize(
    {
      buckets: range.buckets,
      previous: prev,
      periods,
      uniques: {
        buckets: uniques.slice(0, n),
        total: uniques[n] ?? 0,
        previousTotal: uniques[n + 1] ?? 0,
      },
      carryIn,
      now,
    },
    query.metrics,
  );
  const metrics = query.metrics;
  const labels = bucketLabels(range);
  const withStorage = metrics.includes('storage_mb');
  const plan = planThen ?? (await listPlans(ctx.db))[0]!;
  const answer: HistoryResponse = {
    period: { from: range.fromDate, to: range.toDate, tz, groupBy: query.groupBy },
    metrics,
    buckets: summary.buckets.map((b, k) => {
      // A plain loop, not spreads of picked objects: a year by day is 365 of these per answer.
      const out: HistoryResponse['buckets'][number] = {
        start: labels.starts[k]!,
        end: labels.ends[k]!,
      };
      for (const m of metrics) out[m] = b.values[m];
      if (withStorage) out.storage_mb_peak = b.storagePeak;
      return out;
    }),
    totals: {
      ...pick(summary.totals, metrics),
      ...(withStorage ? { storage_mb_peak: summary.storagePeak } : {}),
    },
    previousTotals: pick(summary.previousTotals, metrics),
    previousPeriod: { from: range.previous.fromDate, to: range.previous.toDate },
    previousCoverage: coverage(prev, first),
    change: pick(summary.change, metrics),
    trend: pick(summary.trend, metrics),
    peaks: Object.fromEntries(
      metrics.map((m) => {
        const p = summary.peaks[m];
        return [
          m,
          p
            ? { start: isoInZoneFast(p.start, tz), end: isoInZoneFast(p.end, tz), value: p.value }
            : null,
        ];
      }),
    ),
    limits: {
      plan: plan.name,
      planName: plan.displayName,
      values: Object.fromEntries(
        metrics.filter((m) => METRIC_DEFS[m].limited).map((m) => [m, limitOf(plan, m)]),
      ),
    },
  };
  return query.client === undefined ? answer : clientOnly(answer);
}
