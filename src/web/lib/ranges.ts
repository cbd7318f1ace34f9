// Which ranges and granularities exist, which granularity fits a range, and where a click drills to.
import { addDays, daysInclusive, monthEnd, monthStart } from '../../domain/dates.js';
import { MAX_HOURLY_DAYS } from '../../domain/periods.js';
import { wallClock } from './dates.js';
import type { GroupBy, Period } from './types.js';

/** The most days a preset can span (exact for custom ranges). */
export function rangeDays(period: Period, from?: string, to?: string): number {
  switch (period) {
    case '7d':
      return 7;
    case '30d':
      return 30;
    case 'this_month':
    case 'last_month':
      return 31;
    case '3m':
      return 92;
    case '12m':
      return 366;
    case 'custom':
      return from && to ? daysInclusive(from, to) : 30;
  }
}

/** The granularities worth offering for a range: hour only up to 31 days, week and month once they group something. */
export function validGroupBys(days: number): GroupBy[] {
  const out: GroupBy[] = [];
  if (days <= MAX_HOURLY_DAYS) out.push('hour');
  out.push('day');
  if (days >= 14) out.push('week');
  if (days >= 56) out.push('month');
  return out;
}

/** The granularity a range opens with. */
export function defaultGroupBy(days: number): GroupBy {
  if (days <= 2) return 'hour';
  if (days <= 92) return 'day';
  if (days <= 731) return 'week';
  return 'month';
}

export interface DrillTarget {
  from: string;
  to: string;
  groupBy: GroupBy;
  /** What the target shows, for labels ("March 2026", "Tue 3 March"). */
  kind: 'month' | 'week' | 'day';
}

/**
 * Where a click on a bucket leads: a month to its days, a week to its days, a day to its hours;
 * null for an hour. The end is clamped to `today` when known, so no empty future days are shown.
 */
export function drillTarget(
  bucketStart: string,
  groupBy: GroupBy,
  today?: string,
): DrillTarget | null {
  const date = wallClock(bucketStart).date;
  const clamp = (to: string) => (today && today >= date && today < to ? today : to);
  switch (groupBy) {
    case 'month':
      return { from: date, to: clamp(monthEnd(date)), groupBy: 'day', kind: 'month' };
    case 'week':
      return { from: date, to: clamp(addDays(date, 6)), groupBy: 'day', kind: 'week' };
    case 'day':
      return { from: date, to: date, groupBy: 'hour', kind: 'day' };
    case 'hour':
      return null;
  }
}

/** The view one level up from a drilled-in custom range: a day to its month, a month to 12 months. */
export function zoomOut(
  period: Period,
  from: string | undefined,
  to: string | undefined,
  today?: string,
):
  | { period: 'custom'; from: string; to: string; groupBy: GroupBy }
  | { period: '12m'; groupBy: GroupBy }
  | null {
  if (period !== 'custom' || !from || !to) return null;
  if (from === to) {
    const end = monthEnd(from);
    const month = {
      from: monthStart(from),
      to: today && today >= from && today < end ? today : end,
    };
    // On a month's first day the month so far is that day: the next level up is the year.
    if (month.from !== from || month.to !== to)
      return { period: 'custom', ...month, groupBy: 'day' };
  }
  const lastDay = monthEnd(from);
  if (from === monthStart(from) && (to === lastDay || (today !== undefined && to === today))) {
    return { period: '12m', groupBy: 'month' };
  }
  return null;
}
