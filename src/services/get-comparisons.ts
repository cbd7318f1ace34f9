// The comparison views of the caller over a range (issue 17 §3), from daily history the history
// service answers (cached per data version) and the pure functions of analytics/comparisons.
import { metricComparisons, YEAR_ALIGNED_DAYS, type DailyPoint } from '../analytics/index.js';
import type { ComparisonsQuery, ComparisonsResponse } from '../contracts/comparisons.js';
import { localDate } from '../domain/calendar.js';
import { addDays } from '../domain/dates.js';
import { METRICS, METRIC_DEFS, type Metric } from '../domain/metrics.js';
import { firstUsageAt } from '../store/queries/first-usage.js';
import type { Call } from './context.js';
import { getHistory, type HistoryResponse } from './get-history.js';

/** Metrics whose period value follows from their days (distinct clients do not): the ones compared. */
export const COMPARED_METRICS: readonly Metric[] = METRICS.filter(
  (m) => METRIC_DEFS[m].aggregation !== 'distinct',
);

const toDaily = (h: HistoryResponse, metrics: readonly Metric[]): DailyPoint[] =>
  h.buckets.map((b) => ({
    date: b.start.slice(0, 10),
    start: b.start,
    values: Object.fromEntries(metrics.map((m) => [m, (b[m] as number | null) ?? 0])),
  }));

/** Year over year for the range (same weekdays 364 days earlier), annual totals, month over month, seasonal variation and weekly trend per metric; days before the user's first usage count as no data. */
export async function getComparisons({
  ctx,
  input,
}: Call<{ userId: string; query: ComparisonsQuery }>): Promise<ComparisonsResponse> {
  const { userId, query } = input;
  const metrics = query.metrics.filter((m) => COMPARED_METRICS.includes(m));
  const days = (from: string, to: string, tz: string) =>
    getHistory({
      ctx,
      input: { userId, query: { period: 'custom', from, to, groupBy: 'day', tz, metrics } },
    });
  const [range, first] = await Promise.all([
    getHistory({ ctx, input: { userId, query: { ...query, groupBy: 'day', metrics } } }),
    firstUsageAt(ctx.db, userId),
  ]);
  const { from, to, tz } = range.period;
  const now = ctx.now();
  const today = localDate(now, tz);
  const since = first === null ? null : localDate(first, tz);
  // Annual totals need this year and the two before; nothing is read before the history starts.
  const jan1 = `${String(Number(today.slice(0, 4)) - 2).padStart(4, '0')}-01-01`;
  const historyFrom = since && since > jan1 ? since : jan1;
  const back = (d: string) => addDays(d, -YEAR_ALIGNED_DAYS);
  const [history, earlier] = await Promise.all([
    since && since <= today ? days(historyFrom, today, tz) : null,
    since && back(to) >= since ? days(back(from), back(to), tz) : null,
  ]);
  const data = {
    now,
    zone: tz,
    history: history ? toDaily(history, metrics) : [],
    range: { from, to },
    current: toDaily(range, metrics),
    yearEarlier: earlier ? toDaily(earlier, metrics) : [],
    since,
    bucket: query.groupBy === 'hour' ? ('day' as const) : query.groupBy,
  };
  // Hours are compared by day: the buckets say which size they are.
  return {
    today,
    zone: tz,
    period: { ...range.period, groupBy: data.bucket },
    historyStart: since,
    metrics: metrics.map((m) => metricComparisons(data, m)),
  };
}
