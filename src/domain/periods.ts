// The named ranges, bucket sizes and range limits of the history API, shared by the server's
// range resolution and the dashboard's pickers. Free of luxon so the dashboard bundle stays small.
import { dayNumber } from './dates.js';

export const PERIODS = ['7d', '30d', '3m', '12m', 'this_month', 'last_month', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

export const GROUP_BYS = ['hour', 'day', 'week', 'month'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** Hourly buckets are offered for ranges of at most this many days (both ends counted). */
export const MAX_HOURLY_DAYS = 31;
/** A range must end before the same date this many years after its start. */
export const MAX_RANGE_YEARS = 3;

const DAY_MS = 86_400_000;

/** True when `from`..`to` reaches the date MAX_RANGE_YEARS after `from` (Feb 29 + 1 year is Feb 28). */
export function exceedsRangeCap(from: string, to: string): boolean {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  // Date.UTC works beyond year 9999, where the ISO text of a date would stop sorting.
  const lastOfMonth = new Date(Date.UTC(y + MAX_RANGE_YEARS, m, 0)).getUTCDate();
  const capDay = Date.UTC(y + MAX_RANGE_YEARS, m - 1, Math.min(d, lastOfMonth)) / DAY_MS;
  return capDay <= dayNumber(to);
}
