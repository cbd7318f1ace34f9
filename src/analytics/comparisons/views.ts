// Everything the comparison views show for one metric (issue 17 §3), from the existing pattern
// functions and the comparisons above, on the series from the history's first day.
import type { Metric } from '../../domain/metrics.js';
import { weeklyTrend } from '../patterns/calendar.js';
import { seasonalVariation } from '../patterns/seasonal.js';
import type { Clock, DailyPoint, DateRange, IsoDate, MetricComparisons } from '../types.js';
import { todayOf } from '../time.js';
import { annualTotals } from './annual.js';
import { fromHistoryStart, monthOverMonthView } from './month-over-month.js';
import { rangeYearOverYear, type BucketSize } from './year-over-year.js';

/** Weeks the weekly view lists (the trend itself reads the last 12 complete ones). */
export const WEEKLY_WEEKS = 26;

export interface ComparisonInput extends Clock {
  /** Daily usage up to today, reaching back as far as the annual totals should (up to 3 years). */
  history: readonly DailyPoint[];
  /** The chosen range's days, and the same days 364 days earlier. */
  range: DateRange;
  current: readonly DailyPoint[];
  yearEarlier: readonly DailyPoint[];
  /** First local day with usage, null when there is none. */
  since: IsoDate | null;
  bucket: BucketSize;
}

/** The first day on which any metric is not zero: where a zero-filled history really starts. */
export function firstUsageDay(daily: readonly DailyPoint[]): IsoDate | null {
  for (const d of daily) if (Object.values(d.values).some((v) => v !== 0)) return d.date;
  return null;
}

/** Returns year over year for the range, annual totals, month over month, seasonal variation and the weekly trend of one metric. */
export function metricComparisons(input: ComparisonInput, metric: Metric): MetricComparisons {
  const clock = { now: input.now, zone: input.zone };
  const today = todayOf(clock);
  const series = fromHistoryStart(input.history, input.since);
  const weekly = weeklyTrend(series, metric, clock);
  return {
    metric,
    yearOverYear: rangeYearOverYear(input.current, input.yearEarlier, metric, {
      range: input.range,
      today,
      since: input.since,
      bucket: input.bucket,
    }),
    annual: annualTotals(input.history, metric, today, input.since),
    monthOverMonth: monthOverMonthView(input.history, metric, clock, input.since),
    seasonal: seasonalVariation(series, metric, clock),
    weekly: { ...weekly, weeks: weekly.weeks.slice(-WEEKLY_WEEKS) },
  };
}
