// Calendar views of a daily series: the 12-month calendar heatmap, ISO weeks and calendar months.
import type { Metric } from '../../domain/metrics.js';
import { periodTotal, valueOf } from '../series.js';
import { mean, round } from '../stats.js';
import {
  addDays,
  dateRange,
  daysInMonth,
  isoWeekLabel,
  isoWeekday,
  monthKey,
  monthEnd,
  todayOf,
  weekStart,
} from '../time.js';
import type {
  CalendarHeatmap,
  Clock,
  DailyPoint,
  IsoDate,
  MonthlySummaries,
  MonthSummary,
  WeeklyTrend,
  WeekSummary,
} from '../types.js';
import { trendOf } from './trend.js';

/** Returns one cell per day of the last 12 months up to today; days outside the series are null, not 0. */
export function calendarHeatmap(
  daily: readonly DailyPoint[],
  metric: Metric,
  clock: Clock,
): CalendarHeatmap {
  const today = todayOf(clock);
  // Same date last year + 1 day: exactly twelve months of cells, today included.
  const from = lastYearPlusOne(today);
  const byDate = new Map(daily.map((d) => [d.date, valueOf(d.values, metric)]));
  const days = dateRange(from, today).map((date) => ({
    date,
    value: byDate.get(date) ?? null,
    weekday: isoWeekday(date),
  }));
  const max = Math.max(0, ...days.map((d) => d.value ?? 0));
  return { metric, range: { from, to: today }, days, max };
}

function lastYearPlusOne(today: IsoDate): IsoDate {
  const y = Number(today.slice(0, 4)) - 1;
  // 29 February has no twin last year; the month's last day stands in.
  const sameMonth = `${String(y).padStart(4, '0')}${today.slice(4, 7)}-01`;
  const day = Math.min(Number(today.slice(8, 10)), daysInMonth(sameMonth));
  return addDays(`${sameMonth.slice(0, 8)}${String(day).padStart(2, '0')}`, 1);
}

/** Groups a series by a key and totals each group the way the metric aggregates. */
function groupBy(
  daily: readonly DailyPoint[],
  key: (d: IsoDate) => string,
): Map<string, DailyPoint[]> {
  const groups = new Map<string, DailyPoint[]>();
  for (const d of daily) {
    const k = key(d.date);
    const g = groups.get(k);
    if (g) g.push(d);
    else groups.set(k, [d]);
  }
  return groups;
}

/** Returns ISO weeks (Monday-Sunday) with their values and the trend over the complete ones; today's week is never complete. */
export function weeklyTrend(
  daily: readonly DailyPoint[],
  metric: Metric,
  clock: Clock,
): WeeklyTrend {
  const today = todayOf(clock);
  const past = daily.filter((d) => d.date <= today);
  const weeks: WeekSummary[] = [];
  for (const [start, points] of groupBy(past, weekStart)) {
    const end = addDays(start, 6);
    const values = points.map((p) => valueOf(p.values, metric));
    weeks.push({
      week: isoWeekLabel(start),
      start,
      end,
      value: round(periodTotal(metric, values), 3),
      days: points.length,
      complete: points.length === 7 && end < today,
    });
  }
  return { metric, weeks, trend: trendOf(lastCompleteRun(weeks).map((w) => w.value)) };
}

/** Returns calendar months with value, daily mean, peak day and active days, and the trend over complete months. */
export function monthlySummaries(
  daily: readonly DailyPoint[],
  metric: Metric,
  clock: Clock,
): MonthlySummaries {
  const today = todayOf(clock);
  const past = daily.filter((d) => d.date <= today);
  const months: MonthSummary[] = [];
  for (const [month, points] of groupBy(past, monthKey)) {
    const values = points.map((p) => valueOf(p.values, metric));
    let peak: MonthSummary['peak'] = null;
    points.forEach((p, i) => {
      const v = values[i] as number;
      if (v > 0 && (!peak || v > peak.value)) peak = { date: p.date, value: v };
    });
    months.push({
      month,
      value: round(periodTotal(metric, values), 3),
      dailyMean: round(mean(values), 3),
      peak,
      activeDays: values.filter((v) => v !== 0).length,
      days: points.length,
      complete: points.length === daysInMonth(`${month}-01`) && monthEnd(`${month}-01`) < today,
    });
  }
  return { metric, months, trend: trendOf(lastCompleteRun(months).map((m) => m.value)) };
}

/** The trailing run of complete periods: a trend must not straddle a gap or a partial period. */
function lastCompleteRun<T extends { complete: boolean }>(periods: readonly T[]): T[] {
  const run: T[] = [];
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i] as T;
    if (!p.complete) {
      if (run.length) break;
      continue;
    }
    run.unshift(p);
  }
  return run.slice(-12);
}
