// The story's success metrics for a month and the months before it (operator scope): counted by
// the store from aggregates, judged against their targets by analytics/operator.
import {
  proactiveUpgrades,
  successMetrics,
  WARNING_WINDOW_MS,
  type LimitHit,
  type MonthFacts,
  type SuccessMetric,
  type Warning,
} from '../analytics/operator/success-metrics.js';
import { readLimitSignals } from '../store/queries/operator/limit-signals.js';
import { readMonthEngagement } from '../store/queries/operator/month-engagement.js';
import { readOpsMonth } from '../store/queries/operator/ops-month.js';
import { readPerfByDay } from '../store/queries/operator/perf-by-day.js';
import { readPerfHistograms } from '../store/queries/operator/perf-histograms.js';
import { dailyPerformance, type DayPerformance } from '../analytics/operator/daily-performance.js';
import { readPlanChanges } from '../store/queries/operator/plan-changes.js';
import { wordsFor } from '../domain/i18n/index.js';
import type { Call, ServiceContext } from './context.js';

export interface MonthMetrics {
  month: string;
  metrics: SuccessMetric[];
}

/** The UTC month a YYYY-MM names, shifted by `by` months, as [from, to) instants. */
export function monthRange(month: string, by = 0): { month: string; from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 1 + by, 1));
  const end = new Date(Date.UTC(y, m + by, 1));
  return {
    month: start.toISOString().slice(0, 7),
    from: start.toISOString(),
    to: end.toISOString(),
  };
}

/**
 * The month the console opens on: this UTC month to date, or the month before on a month's first
 * day, when the new month holds hours at most and every daily rate of it would read as missing.
 */
export function defaultMonth(now: number): string {
  const today = new Date(now);
  return monthRange(today.toISOString().slice(0, 7), today.getUTCDate() === 1 ? -1 : 0).month;
}

function splitSignals(signals: Awaited<ReturnType<typeof readLimitSignals>>) {
  const warnings: Warning[] = [];
  const hits: LimitHit[] = [];
  for (const s of signals) {
    const pct = /^threshold-(\d+)$/.exec(s.kind)?.[1];
    if (pct !== undefined && Number(pct) >= 100)
      hits.push({ userId: s.userId, at: s.at, metric: s.metric!, periodKey: s.periodKey! });
    else warnings.push({ userId: s.userId, at: s.at, metric: s.metric, periodKey: s.periodKey });
  }
  return { warnings, hits };
}

async function facts(ctx: ServiceContext, month: string): Promise<MonthFacts> {
  const { from, to } = monthRange(month);
  const early = new Date(Date.parse(from) - 2 * WARNING_WINDOW_MS).toISOString();
  const [engagement, perf, ops, changes, signals] = await Promise.all([
    readMonthEngagement(ctx.db, from, to),
    readPerfHistograms(ctx.db, from, to),
    readOpsMonth(ctx.db, from, to),
    readPlanChanges(ctx.db, monthRange(month, -1).from, to),
    readLimitSignals(ctx.db, early, to),
  ]);
  const { warnings, hits } = splitSignals(signals);
  const inMonth = (at: number) => at >= Date.parse(from) && at < Date.parse(to);
  const previous = changes.filter((c) => c.at < Date.parse(from));
  return {
    month,
    ...engagement,
    chartLoadMs: perf['perf.first_chart'] ?? [],
    apiMs: perf['perf.api'] ?? [],
    ...ops,
    planChanges: changes.filter((c) => inMonth(c.at)),
    previousProactiveUpgrades: proactiveUpgrades(previous, warnings).length,
    warnings,
    limitHits: hits.filter((h) => inMonth(h.at)),
  };
}

/** Every success metric of the story for `month` (default: `defaultMonth`) and, for trends, the months before it, named in `lang` (default English); and the month's real-user performance per day. */
export async function getSuccessMetrics({
  ctx,
  input,
}: Call<{ month?: string; trendMonths?: number; lang?: string }>): Promise<
  MonthMetrics & { trend: MonthMetrics[]; performance: DayPerformance[] }
> {
  const month = input.month ?? defaultMonth(ctx.now());
  const months = Array.from(
    { length: input.trendMonths ?? 6 },
    (_, i) => monthRange(month, i - (input.trendMonths ?? 6) + 1).month,
  );
  const words = wordsFor(input.lang);
  const trend: MonthMetrics[] = [];
  // One month after another: each reads several tables across users, and a request should not hold many connections.
  for (const m of months)
    trend.push({ month: m, metrics: successMetrics(await facts(ctx, m), words) });
  const current = trend[trend.length - 1] ?? {
    month,
    metrics: successMetrics(await facts(ctx, month), words),
  };
  const { from, to } = monthRange(month);
  const performance = dailyPerformance(await readPerfByDay(ctx.db, from, to));
  return { ...current, trend, performance };
}
