// What the forecast and plan panels say, as data: series, tables and plain-language summaries from
// the analytics API responses. Pure functions (unit-tested), shared by charts, tables and text.
import type { LimitReach, MetricForecast, PlanCost } from './analytics-types.js';
import type { Table } from './chart-data.js';
import { addDays, daysInclusive } from '../../domain/dates.js';
import { formatDate, formatDollars, formatValue } from './format.js';
import { metricLabel, pageT } from './locale.js';

export { forecastSummary, intervalText, limitReachText } from './forecast-text.js';
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

/** The date to mark on the chart for the limit, if any. */
export function limitReachDate(r: LimitReach): string | null {
  return r.status === 'reached' || r.status === 'expected'
    ? r.date
    : r.status === 'possible'
      ? r.earliest
      : null;
}

export function forecastTable(f: MetricForecast, s: ForecastSeries): Table {
  const v = (x: number | null | undefined) =>
    x === null || x === undefined ? '–' : formatValue(f.metric, x);
  const t = pageT();
  const cum = f.kind === 'total' ? t('forecastTable.cumulative') : '';
  return {
    columns: [
      t('groupBy.day'),
      `${t('forecastTable.actual')}${cum}`,
      `${t('charts.projected')}${cum}`,
      t('forecastTable.low'),
      t('forecastTable.high'),
      t('charts.limit'),
    ],
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
  v === null || v === undefined ? pageT()('charts.contract') : formatDollars(v);

export function planTable(plans: PlanCost[], current: string, recommended: string | null): Table {
  const t = pageT();
  return {
    columns: (
      ['plan', 'price', 'expectedOverage', 'expectedCost30', 'coversForecast'] as const
    ).map((k) => t(`charts.${k}`)),
    rows: plans.map((p) => [
      `${p.displayName}${p.plan === current ? ` ${t('charts.currentMark')}` : ''}${p.plan === recommended ? ` ${t('charts.recommendedMark')}` : ''}`,
      p.priceUsd === null ? t('charts.contract') : formatUsd(p.priceUsd),
      p.expectedOverageUsd ? formatUsd(p.expectedOverageUsd) : '–',
      formatUsd(p.expectedCostUsd),
      p.covers
        ? t('charts.yes')
        : t('forecastTable.notCovered', {
            list: p.blockers
              .map((b) =>
                t('forecastTable.needs', {
                  metric: metricLabel(b.metric),
                  need: formatValue(b.metric, b.p90Demand),
                  limit: formatValue(b.metric, b.limit),
                }),
              )
              .join('; '),
          }),
    ]),
  };
}
