// What the forecast and plan panels say, as data: series, tables and plain-language summaries from
// the analytics API responses. Pure functions (unit-tested), shared by charts, tables and text.
import type { LimitReach, MetricForecast, PlanCost } from './analytics-types.js';
import type { Table } from './chart-data.js';
import { addDays, daysInclusive } from '../../domain/dates.js';
import { formatDate, formatDollars, formatPercent, formatValue } from './format.js';
import { metricLabel } from './locale.js';
import type { History } from './types.js';

/** One row per day of the billing period: usage so far, the projection and its 80% band. */
export interface ForecastSeries {
  dates: string[];
  actual: (number | null)[];
  point: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  /** Index of today in `dates` (where the history meets the projection). */
  todayIndex: number;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The day the forecast starts from: its first daily row, else the last day of the history. */
export function forecastToday(f: MetricForecast): string {
  return f.daily[0]?.date ?? addDays(f.period.from, Math.max(0, f.period.daysElapsed - 1));
}

/**
 * Flows (kind "total") are drawn cumulatively: the running sum of the days so far, ending at the
 * usage to date, then the projection to the period's end, shaped by the daily forecast and ending at
 * the projected total and its 80% interval. Gauges (kind "level") are drawn as levels.
 */
export function forecastSeries(
  f: MetricForecast,
  history: History | null | undefined,
): ForecastSeries {
  const today = forecastToday(f);
  const n = Math.max(1, daysInclusive(f.period.from, f.period.to));
  const dates = Array.from({ length: n }, (_, i) => addDays(f.period.from, i));
  const todayIndex = Math.min(n - 1, Math.max(0, dates.indexOf(today)));
  const byDate = new Map<string, number>();
  for (const b of history?.buckets ?? []) {
    const v = b[f.metric];
    if (typeof v === 'number') byDate.set(b.start.slice(0, 10), v);
  }
  const actual: (number | null)[] = [];
  let sum = 0;
  dates.forEach((d, i) => {
    if (i > todayIndex) return actual.push(null);
    if (i === todayIndex) return actual.push(round(f.toDate));
    const v = byDate.get(d);
    if (f.kind === 'total') {
      sum += v ?? 0;
      return actual.push(round(sum));
    }
    return actual.push(v === undefined ? null : round(v));
  });
  const dailyBy = new Map(f.daily.map((x) => [x.date, x]));
  const point: (number | null)[] = [];
  const lower: (number | null)[] = [];
  const upper: (number | null)[] = [];
  if (f.kind === 'total') {
    const weights = dates.map((d, i) =>
      i > todayIndex ? Math.max(0, dailyBy.get(d)?.point ?? 0) : 0,
    );
    const total = weights.reduce((a, b) => a + b, 0);
    const after = n - 1 - todayIndex;
    let w = 0;
    dates.forEach((_, i) => {
      if (i < todayIndex) {
        point.push(null);
        lower.push(null);
        upper.push(null);
        return;
      }
      w += weights[i]!;
      const frac =
        i === todayIndex ? 0 : total > 0 ? w / total : after > 0 ? (i - todayIndex) / after : 1;
      const at = (end: number) => round(f.toDate + (end - f.toDate) * frac);
      point.push(at(f.projected.point));
      lower.push(at(f.projected.p80.lower));
      upper.push(at(f.projected.p80.upper));
    });
  } else {
    dates.forEach((d, i) => {
      const x = dailyBy.get(d);
      if (i < todayIndex || (i > todayIndex && !x)) {
        point.push(null);
        lower.push(null);
        upper.push(null);
      } else if (i === todayIndex) {
        point.push(round(f.toDate));
        lower.push(round(f.toDate));
        upper.push(round(f.toDate));
      } else {
        point.push(round(x!.point));
        lower.push(round(x!.lower80));
        upper.push(round(x!.upper80));
      }
    });
  }
  return { dates, actual, point, lower, upper, todayIndex };
}

/** The limit-reach status in words: "Limit reached on 26 Nov 2026." */
export function limitReachText(f: MetricForecast): string {
  const r: LimitReach = f.limitReach;
  const limit = f.limit === null ? '' : ` of ${formatValue(f.metric, f.limit)}`;
  switch (r.status) {
    case 'unlimited':
      return 'Your plan does not limit this metric.';
    case 'reached':
      return `The limit${limit} was reached on ${formatDate(r.date)}.`;
    case 'expected':
      return `The limit${limit} is expected to be reached around ${formatDate(r.date)} (${formatPercent(
        r.probability * 100,
      )} likely this period${r.earliest !== r.date ? `, as early as ${formatDate(r.earliest)}` : ''}).`;
    case 'possible':
      return `The limit${limit} may be reached, as early as ${formatDate(r.earliest)} (${formatPercent(
        r.probability * 100,
      )} likely this period).`;
    case 'notExpected':
      return `The limit${limit} is not expected to be reached this period (${formatPercent(
        r.probability * 100,
      )} chance).`;
  }
}

/** The date to mark on the chart for the limit, if any. */
export function limitReachDate(r: LimitReach): string | null {
  return r.status === 'reached' || r.status === 'expected'
    ? r.date
    : r.status === 'possible'
      ? r.earliest
      : null;
}

/** The 80% interval as written: "a – b", or one value when both ends read the same (a blocked limit). */
export function intervalText(m: MetricForecast['metric'], lower: number, upper: number): string {
  const [lo, hi] = [formatValue(m, lower), formatValue(m, upper)];
  return lo === hi ? lo : `${lo} – ${hi}`;
}

export function forecastSummary(f: MetricForecast): string {
  const m = f.metric;
  const what =
    f.kind === 'total' ? 'total this billing period' : 'level at the end of the billing period';
  return [
    `${metricLabel(m)}: ${formatValue(m, f.toDate)} so far (${f.period.daysElapsed} days in, ${f.period.daysRemaining} to go).`,
    `Projected ${what}: ${formatValue(m, f.projected.point)}, 80% interval ${intervalText(
      m,
      f.projected.p80.lower,
      f.projected.p80.upper,
    )}.`,
    f.limit !== null ? limitReachText(f) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function forecastTable(f: MetricForecast, s: ForecastSeries): Table {
  const v = (x: number | null | undefined) =>
    x === null || x === undefined ? '–' : formatValue(f.metric, x);
  const cum = f.kind === 'total' ? ' (cumulative)' : '';
  return {
    columns: ['Day', `Actual${cum}`, `Projected${cum}`, '80% low', '80% high', 'Limit'],
    rows: s.dates.map((d, i) => [
      formatDate(d),
      v(s.actual[i]),
      i >= s.todayIndex ? v(s.point[i]) : '–',
      i > s.todayIndex ? v(s.lower[i]) : '–',
      i > s.todayIndex ? v(s.upper[i]) : '–',
      v(f.limit),
    ]),
  };
}

/** Dollars as the billing strip writes them ("$49", "$65.35"); a contract plan has no price. */
export const formatUsd = (v: number | null | undefined) =>
  v === null || v === undefined ? 'Contract' : formatDollars(v);

export function planTable(plans: PlanCost[], current: string, recommended: string | null): Table {
  return {
    columns: [
      'Plan',
      'Price',
      'Expected overage',
      'Expected cost, next 30 days',
      'Covers the forecast',
    ],
    rows: plans.map((p) => [
      `${p.displayName}${p.plan === current ? ' (current)' : ''}${p.plan === recommended ? ' (recommended)' : ''}`,
      p.priceUsd === null ? 'Contract' : formatUsd(p.priceUsd),
      p.expectedOverageUsd ? formatUsd(p.expectedOverageUsd) : '–',
      formatUsd(p.expectedCostUsd),
      p.covers
        ? 'Yes'
        : `No: ${p.blockers.map((b) => `${metricLabel(b.metric)} needs ${formatValue(b.metric, b.p90Demand)}, limit ${formatValue(b.metric, b.limit)}`).join('; ')}`,
    ]),
  };
}
