// Calendar arithmetic on `YYYY-MM-DD` strings and zone-aware reading of instants.
// Dates are handled as whole days since 1970-01-01 (a "day number"): exact, fast and free of
// DST, because a calendar date has no time of day. Only instants go through luxon and the zone.
import { DateTime } from 'luxon';
import { AnalyticsInputError } from './errors.js';
import type { Clock, Instant, IsoDate } from './types.js';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the day number (days since 1970-01-01) of a `YYYY-MM-DD` date; throws on a malformed one. */
export function dayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new AnalyticsInputError(`not a YYYY-MM-DD date: ${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  if (new Date(ms).getUTCDate() !== d) throw new AnalyticsInputError(`no such date: ${date}`);
  return ms / DAY_MS;
}

/** Returns the `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Returns the date `days` after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Returns the number of days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Returns the ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Returns the Monday that starts the ISO week holding `date`. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** Returns the ISO week label of a date, e.g. `2025-W01` (the week-year may differ from the date's year). */
export function isoWeekLabel(date: IsoDate): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(weekStart(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Returns the month key `YYYY-MM` of a date. */
export function monthKey(date: IsoDate): string {
  return date.slice(0, 7);
}

/** Returns the first day of the month holding `date`. */
export function monthStart(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** Returns the last day of the month holding `date`. */
export function monthEnd(date: IsoDate): IsoDate {
  return addDays(monthStart(shiftMonth(date, 1)), -1);
}

/** Returns the number of days in the month holding `date`. */
export function daysInMonth(date: IsoDate): number {
  return daysBetween(monthStart(date), monthEnd(date)) + 1;
}

/** Returns the first day of the month `months` away from the month holding `date`. */
export function shiftMonth(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${String(yy).padStart(4, '0')}-${String(mm + 1).padStart(2, '0')}-01`;
}

/** Returns the inclusive list of dates from `from` to `to` (empty when `to` is earlier). */
export function dateRange(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n++) out.push(fromDayNumber(n));
  return out;
}

/** Returns the instant as a luxon DateTime in `zone`; throws on a bad instant or unknown zone. */
export function instantIn(instant: Instant, zone: string): DateTime {
  const dt =
    typeof instant === 'number'
      ? DateTime.fromMillis(instant, { zone })
      : DateTime.fromISO(instant, { setZone: true }).setZone(zone);
  if (!dt.isValid) {
    throw new AnalyticsInputError(
      `bad instant or zone: ${String(instant)} in ${zone} (${dt.invalidReason ?? ''})`,
    );
  }
  return dt;
}

/** Returns today's date in the user's zone. */
export function todayOf(clock: Clock): IsoDate {
  return instantIn(clock.now, clock.zone).toISODate() as IsoDate;
}

/** Returns the local weekday (1 = Monday) and hour of an instant in `zone`. */
export function localSlot(
  instant: Instant,
  zone: string,
): { weekday: number; hour: number; date: IsoDate } {
  const dt = instantIn(instant, zone);
  return { weekday: dt.weekday, hour: dt.hour, date: dt.toISODate() as IsoDate };
}
