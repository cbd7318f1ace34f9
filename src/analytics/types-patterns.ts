// Result types of the pattern functions (profiles, heatmaps, weekly and monthly views, seasonality).
import type { Metric } from '../domain/metrics.js';
import type { Availability, DateRange, Direction, IsoDate } from './types.js';

/** Mean usage in one slot of a profile (an hour of the day, a day of the week). */
export interface SlotMean {
  /** Hour 0-23, or ISO weekday 1 (Monday) - 7 (Sunday). */
  slot: number;
  label: string;
  /** Mean per occurrence of the slot, zero periods included. */
  mean: number;
  total: number;
  /** How many occurrences of the slot the series held. */
  samples: number;
}

export interface Profile {
  metric: Metric;
  slots: SlotMean[];
  /** The busiest slot; null when the series holds no usage. */
  peak: SlotMean | null;
}

/** Weekday x hour matrix of mean usage: `cells[weekday - 1][hour]`. */
export interface WeekdayHourHeatmap {
  metric: Metric;
  weekdays: string[];
  hours: number[];
  cells: number[][];
  samples: number[][];
  max: number;
}

export interface CalendarDay {
  date: IsoDate;
  /** null: no data for that day (before the history starts, or in the future). */
  value: number | null;
  weekday: number;
}

export interface CalendarHeatmap {
  metric: Metric;
  range: DateRange;
  days: CalendarDay[];
  max: number;
}

/** A trend over complete periods, "stable" unless the slope is both material and significant. */
export type TrendIndicator = Availability<{
  direction: Direction;
  /** Fitted change per period as a percentage of the mean period. */
  changePctPerPeriod: number;
  periods: number;
}>;

export interface WeekSummary {
  /** ISO week label, e.g. `2025-W07`; weeks start on Monday. */
  week: string;
  start: IsoDate;
  end: IsoDate;
  value: number;
  /** Days of the week the series covers (up to 7). */
  days: number;
  complete: boolean;
}

export interface WeeklyTrend {
  metric: Metric;
  weeks: WeekSummary[];
  trend: TrendIndicator;
}

export interface MonthSummary {
  /** `YYYY-MM`. */
  month: string;
  /** Period value by the metric's aggregation (sum, latest gauge, highest day). */
  value: number;
  dailyMean: number;
  peak: { date: IsoDate; value: number } | null;
  /** Days with a non-zero value. */
  activeDays: number;
  days: number;
  complete: boolean;
}

export interface MonthlySummaries {
  metric: Metric;
  months: MonthSummary[];
  trend: TrendIndicator;
}

export interface MonthOfYearIndex {
  /** 1 = January. */
  month: number;
  label: string;
  /** Usage of the month relative to the trend: 1.2 is 20% above a typical month. */
  index: number;
  /** How many years of that calendar month the index averages. */
  years: number;
}

export type SeasonalVariation = Availability<{
  metric: Metric;
  months: MonthOfYearIndex[];
  monthsOfHistory: number;
  peakMonth: number;
  lowMonth: number;
  method: string;
}>;
