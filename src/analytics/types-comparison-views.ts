// Result types of the comparison views (issue 17 §3): a range against the same weekdays a year
// earlier, annual totals with growth, and month over month as a view of its own.
import type { Metric } from '../domain/metrics.js';
import type { PeriodChange, PeriodValue } from './types-comparisons.js';
import type { SeasonalVariation, TrendIndicator, WeeklyTrend } from './types-patterns.js';
import type { Availability, IsoDate } from './types.js';

/** One bucket of the range beside the same days 364 days earlier. */
export interface AlignedBucket {
  from: IsoDate;
  to: IsoDate;
  /** Days of the bucket in the compared range (a partial week or month at either end has fewer). */
  days: number;
  value: number;
  /** The same days 364 days earlier; null before the history starts. */
  previous: number | null;
  previousFrom: IsoDate;
  previousTo: IsoDate;
  /** null when the earlier value is 0 or missing. */
  changePct: number | null;
}

export interface RangeYearOverYear {
  metric: Metric;
  /** Complete days of the range (today and later left out) against the same weekdays 364 days earlier. */
  comparison: Availability<PeriodChange>;
  buckets: AlignedBucket[];
}

export type Growth = Availability<{
  previous: PeriodValue;
  change: number;
  changePct: number | null;
  /** full-year: two complete years; same-dates: this year so far against the same calendar dates a year earlier. */
  basis: 'full-year' | 'same-dates';
}>;

export interface YearTotal {
  year: number;
  /** The days counted: from 1 January or the history's start, to 31 December or yesterday. */
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** Every day of the calendar year is counted. */
  complete: boolean;
  value: number;
  growth: Growth;
}

export interface AnnualTotals {
  metric: Metric;
  years: YearTotal[];
}

export interface MonthChange {
  month: string;
  value: number;
  days: number;
  complete: boolean;
  /** The month before, when both are complete; else null. */
  previous: number | null;
  change: number | null;
  changePct: number | null;
}

export interface MonthOverMonthView {
  metric: Metric;
  /** Up to 13 months, oldest first, the current month last (partial). */
  months: MonthChange[];
  monthToDate: Availability<PeriodChange>;
  fullMonth: Availability<PeriodChange>;
  trend: TrendIndicator;
}

/** Everything §3 shows for one metric over a range. */
export interface MetricComparisons {
  metric: Metric;
  yearOverYear: RangeYearOverYear;
  annual: AnnualTotals;
  monthOverMonth: MonthOverMonthView;
  seasonal: SeasonalVariation;
  weekly: WeeklyTrend;
}
