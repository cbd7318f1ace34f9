// Period-over-period comparisons: month to date, full months and year over year by weekday.
import type { Metric } from '../../domain/metrics.js';
import { isAdditive, periodTotal, valueOf } from '../series.js';
import { pctChange, round, welchT } from '../stats.js';
import { addDays, daysBetween, monthEnd, shiftMonth, todayOf } from '../time.js';
import type {
  Availability,
  Clock,
  DailyPoint,
  Direction,
  IsoDate,
  MonthOverMonth,
  PeriodChange,
  YearOverYear,
} from '../types.js';
import { reason } from '../../domain/i18n/reasons.js';

/** A change under this percentage is "stable" whatever a test says. */
const MATERIAL_PCT = 5;
/** Flows must also pass a Welch test on their daily values at about 95%. */
const SIGNIFICANT_T = 2;
/** 52 weeks: the same weekdays a year earlier, so a Monday meets a Monday. */
export const YEAR_ALIGNED_DAYS = 364;

function window(byDate: ReadonlyMap<IsoDate, number>, from: IsoDate, to: IsoDate): number[] | null {
  const out: number[] = [];
  for (let i = 0; i <= daysBetween(from, to); i++) {
    const v = byDate.get(addDays(from, i));
    if (v === undefined) return null;
    out.push(v);
  }
  return out;
}

/** Compares two windows of daily values; unavailable when either is not fully covered by the series. */
export function comparePeriods(
  metric: Metric,
  byDate: ReadonlyMap<IsoDate, number>,
  cur: [IsoDate, IsoDate],
  prev: [IsoDate, IsoDate],
): Availability<PeriodChange> {
  const a = window(byDate, prev[0], prev[1]);
  const b = window(byDate, cur[0], cur[1]);
  if (!a || !b) {
    return {
      available: false,
      reason: reason('noCompleteHistory', {
        previous: `${prev[0]}..${prev[1]}`,
        current: `${cur[0]}..${cur[1]}`,
      }),
    };
  }
  const previous = {
    from: prev[0],
    to: prev[1],
    days: a.length,
    value: round(periodTotal(metric, a), 3),
  };
  const current = {
    from: cur[0],
    to: cur[1],
    days: b.length,
    value: round(periodTotal(metric, b), 3),
  };
  const changePct = pctChange(previous.value, current.value);
  let direction: Direction = 'stable';
  const material =
    changePct === null ? current.value !== previous.value : Math.abs(changePct) >= MATERIAL_PCT;
  // A flow's daily values say whether the difference is more than day-to-day noise; a level has one reading.
  const significant = isAdditive(metric) ? Math.abs(welchT(a, b)) >= SIGNIFICANT_T : true;
  if (material && significant) direction = current.value > previous.value ? 'up' : 'down';
  return {
    available: true,
    current,
    previous,
    change: round(current.value - previous.value, 3),
    changePct,
    direction,
  };
}

function byDateOf(daily: readonly DailyPoint[], metric: Metric): Map<IsoDate, number> {
  return new Map(daily.map((d) => [d.date, valueOf(d.values, metric)]));
}

/** Returns month-to-date (complete days) against the same days of last month, and last full month against the one before. */
export function monthOverMonth(
  daily: readonly DailyPoint[],
  metric: Metric,
  clock: Clock,
): MonthOverMonth {
  const today = todayOf(clock);
  const byDate = byDateOf(daily, metric);
  const thisMonth = shiftMonth(today, 0);
  const lastMonth = shiftMonth(today, -1);
  const days = daysBetween(thisMonth, today); // complete days so far
  let monthToDate: MonthOverMonth['monthToDate'];
  if (days === 0) {
    monthToDate = { available: false, reason: reason('noDayThisMonth') };
  } else {
    const prevEnd = [addDays(lastMonth, days - 1), monthEnd(lastMonth)].sort()[0] as IsoDate;
    monthToDate = comparePeriods(
      metric,
      byDate,
      [thisMonth, addDays(today, -1)],
      [lastMonth, prevEnd],
    );
  }
  const before = shiftMonth(today, -2);
  const fullMonth = comparePeriods(
    metric,
    byDate,
    [lastMonth, monthEnd(lastMonth)],
    [before, monthEnd(before)],
  );
  return { metric, monthToDate, fullMonth };
}

/** Returns the last `days` complete days against the same weekdays 364 days earlier. */
export function yearOverYear(
  daily: readonly DailyPoint[],
  metric: Metric,
  clock: Clock,
  days = 28,
): YearOverYear {
  const end = addDays(todayOf(clock), -1);
  const start = addDays(end, -(days - 1));
  const comparison = comparePeriods(
    metric,
    byDateOf(daily, metric),
    [start, end],
    [addDays(start, -YEAR_ALIGNED_DAYS), addDays(end, -YEAR_ALIGNED_DAYS)],
  );
  return { metric, comparison };
}
