// Calendar arithmetic on local dates (`YYYY-MM-DD`), shared by the server and the dashboard.
// A date is handled as a whole day since 1970-01-01 (a "day number"): exact, fast and free of
// DST, because a calendar date has no time of day. Zones and instants live in calendar.ts.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Thrown for a string that is not a real `YYYY-MM-DD` date; the message names it. */
export class InvalidDateError extends RangeError {
  override readonly name = 'InvalidDateError';
}

/** Returns the day number (days since 1970-01-01) of a `YYYY-MM-DD` date; throws InvalidDateError on a malformed one. */
export function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new InvalidDateError(`not a YYYY-MM-DD date: ${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls month 13 into the next year and 31 Feb into March: neither is a date.
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1)
    throw new InvalidDateError(`no such date: ${date}`);
  return ms / DAY_MS;
}

/** True when `s` is a real `YYYY-MM-DD` date (2025-02-30 is not). */
export function isIsoDate(s: string | null | undefined): s is string {
  if (!s || !ISO_DATE.test(s)) return false;
  try {
    dayNumber(s);
    return true;
  } catch {
    return false;
  }
}

/** Returns the `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Returns the date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Days from `a` to `b`, exclusive of `a`: 0 for the same date, positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** How many dates the range `from`..`to` holds, both ends included: 1 for the same date. */
export function daysInclusive(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}

/** Returns the ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Returns the Monday that starts the ISO week holding `date`. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Returns the ISO week label of a date, e.g. `2025-W01` (the week-year may differ from the date's year). */
export function isoWeekLabel(date: string): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(weekStart(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Returns the month key `YYYY-MM` of a date. */
export function monthKey(date: string): string {
  return date.slice(0, 7);
}

/** Returns the first day of the month holding `date`. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** Returns the first day of the month `months` away from the month holding `date`. */
export function shiftMonth(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${String(yy).padStart(4, '0')}-${String(mm + 1).padStart(2, '0')}-01`;
}

/** Returns the last day of the month holding `date`. */
export function monthEnd(date: string): string {
  return addDays(shiftMonth(date, 1), -1);
}

/** Returns the number of days in the month holding `date`. */
export function daysInMonth(date: string): number {
  return daysInclusive(monthStart(date), monthEnd(date));
}

/** Returns the inclusive list of dates from `from` to `to` (empty when `to` is earlier). */
export function dateRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n++) out.push(fromDayNumber(n));
  return out;
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A local date as the app writes it to people: "26 Nov 2026", not "2026-11-26". */
export function formatDay(date: string): string {
  return DAY.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}
