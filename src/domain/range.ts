// Turns the history query's period parameters into an exact range in the user's zone.
import { DateTime } from 'luxon';
import { bucketsFor, localDate, startOfLocalDate, type Bucket } from './calendar.js';
import { addDays, daysInclusive } from './dates.js';
import {
  exceedsRangeCap,
  MAX_HOURLY_DAYS,
  MAX_RANGE_YEARS,
  type GroupBy,
  type Period,
} from './periods.js';
import { LATEST_DATE } from './time-bounds.js';
import { refusal } from './i18n/reasons.js';

export interface RangeInput {
  period: Period;
  from?: string;
  to?: string;
  groupBy: GroupBy;
  tz: string;
}

export interface ResolvedRange {
  /** Inclusive local dates. */
  fromDate: string;
  toDate: string;
  start: number;
  end: number;
  tz: string;
  groupBy: GroupBy;
  buckets: Bucket[];
  /** The range of equal length (in days) just before this one. */
  previous: { fromDate: string; toDate: string; start: number; end: number };
}

export class RangeError400 extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

function fromPeriod(input: RangeInput, today: string): [string, string] {
  const t = DateTime.fromISO(today);
  switch (input.period) {
    case '7d':
      return [addDays(today, -6), today];
    case '30d':
      return [addDays(today, -29), today];
    case '3m':
      return [t.minus({ months: 3 }).plus({ days: 1 }).toISODate()!, today];
    case '12m':
      return [t.minus({ months: 12 }).plus({ days: 1 }).toISODate()!, today];
    case 'this_month':
      return [t.startOf('month').toISODate()!, t.endOf('month').toISODate()!];
    case 'last_month': {
      const m = t.minus({ months: 1 });
      return [m.startOf('month').toISODate()!, m.endOf('month').toISODate()!];
    }
    case 'custom':
      if (!input.from) throw new RangeError400('from', refusal('requiredCustom'));
      if (!input.to) throw new RangeError400('to', refusal('requiredCustom'));
      return [input.from, input.to];
  }
}

/** Resolves period/from/to into local dates, instants and buckets; throws RangeError400 on a bad range. */
export function resolveRange(input: RangeInput, now: number): ResolvedRange {
  const today = localDate(now, input.tz);
  const [fromDate, toDate] = fromPeriod(input, today);
  for (const [field, v] of [
    ['from', fromDate],
    ['to', toDate],
  ] as const) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || !DateTime.fromISO(v).isValid) {
      throw new RangeError400(field, refusal('dateFormat'));
    }
    if (v < '1970-01-01' || v > LATEST_DATE) {
      throw new RangeError400(field, refusal('dateBetween', { latest: LATEST_DATE }));
    }
  }
  if (fromDate > toDate) throw new RangeError400('from', refusal('notAfterTo'));
  if (exceedsRangeCap(fromDate, toDate)) {
    throw new RangeError400('to', refusal('rangeYears', { years: MAX_RANGE_YEARS }));
  }
  const days = daysInclusive(fromDate, toDate);
  if (input.groupBy === 'hour' && days > MAX_HOURLY_DAYS) {
    throw new RangeError400('groupBy', refusal('hourDays', { days: MAX_HOURLY_DAYS }));
  }
  const start = startOfLocalDate(fromDate, input.tz);
  const end = startOfLocalDate(addDays(toDate, 1), input.tz);
  const prevFrom = addDays(fromDate, -days);
  const prevTo = addDays(fromDate, -1);
  return {
    fromDate,
    toDate,
    start,
    end,
    tz: input.tz,
    groupBy: input.groupBy,
    buckets: bucketsFor(start, end, input.tz, input.groupBy),
    previous: {
      fromDate: prevFrom,
      toDate: prevTo,
      start: startOfLocalDate(prevFrom, input.tz),
      end: start,
    },
  };
}
