// Zone-aware reading of instants, plus the domain's date arithmetic (src/domain/dates.ts) with
// its errors turned into AnalyticsInputError, the one error the analytics core throws.
import { DateTime } from 'luxon';
import * as dates from '../domain/dates.js';
import { AnalyticsInputError } from './errors.js';
import type { Clock, Instant, IsoDate } from './types.js';

// A bad date reaching the core is a broken input contract, not a bug: say so with our error.
function guard<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return fn(...args);
    } catch (err) {
      if (err instanceof dates.InvalidDateError) throw new AnalyticsInputError(err.message);
      throw err;
    }
  };
}

export const dayNumber = guard(dates.dayNumber);
export const addDays = guard(dates.addDays);
export const daysBetween = guard(dates.daysBetween);
export const daysInclusive = guard(dates.daysInclusive);
export const isoWeekday = guard(dates.isoWeekday);
export const weekStart = guard(dates.weekStart);
export const isoWeekLabel = guard(dates.isoWeekLabel);
export const monthEnd = guard(dates.monthEnd);
export const daysInMonth = guard(dates.daysInMonth);
export const dateRange = guard(dates.dateRange);
export { fromDayNumber, monthKey, monthStart, shiftMonth } from '../domain/dates.js';

/** Returns the instant as a luxon DateTime in `zone`; throws on a bad instant or unknown zone. */
export function instantIn(instant: Instant, zone: string): DateTime {
  // An instant names its date (a bare "12" would be noon today: the clock, which this core never
  // reads) and, without an offset, is UTC whatever the machine's zone.
  const dt =
    typeof instant === 'number'
      ? DateTime.fromMillis(instant, { zone })
      : /^[+-]?\d{4}/.test(instant)
        ? DateTime.fromISO(instant, { zone: 'UTC', setZone: true }).setZone(zone)
        : DateTime.invalid('not a date');
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
