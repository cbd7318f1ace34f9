// Month over month as a view of its own: each month beside the one before, this month so far
// against the same days of last month, and the trend over complete months. Months before the
// history's first day are left out, so a new user's first month is partial, not a jump from zero.
import type { Metric } from '../../domain/metrics.js';
import { monthlySummaries } from '../patterns/calendar.js';
import { pctChange, round } from '../stats.js';
import type { Clock, DailyPoint, IsoDate, MonthChange, MonthOverMonthView } from '../types.js';
import { monthOverMonth } from './periods.js';

/** How many months the view lists: this one and the twelve before. */
export const MOM_MONTHS = 13;

/** The part of a daily series from the first day with usage on; empty when there is none. */
export function fromHistoryStart(
  daily: readonly DailyPoint[],
  since: IsoDate | null,
): DailyPoint[] {
  return since === null ? [] : daily.filter((d) => d.date >= since);
}

/** Returns the last 13 months each with its change on the month before (both complete), month to date against the same days of last month, and the trend. */
export function monthOverMonthView(
  daily: readonly DailyPoint[],
  metric: Metric,
  clock: Clock,
  since: IsoDate | null,
): MonthOverMonthView {
  const series = fromHistoryStart(daily, since);
  const summary = monthlySummaries(series, metric, clock);
  const all = summary.months;
  const months: MonthChange[] = all.map((m, i) => {
    const before = all[i - 1];
    const comparable = m.complete && before?.complete === true;
    const previous = comparable ? before.value : null;
    return {
      month: m.month,
      value: m.value,
      days: m.days,
      complete: m.complete,
      previous,
      change: previous === null ? null : round(m.value - previous, 3),
      changePct: previous === null ? null : pctChange(previous, m.value),
    };
  });
  const mom = monthOverMonth(series, metric, clock);
  return {
    metric,
    months: months.slice(-MOM_MONTHS),
    monthToDate: mom.monthToDate,
    fullMonth: mom.fullMonth,
    trend: summary.trend,
  };
}
