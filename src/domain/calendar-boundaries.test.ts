// The bucket boundaries are computed by hand from cached offsets; Luxon is the reference here.
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { bucketsFor, instantOfLocal, isLocalDayStart, type GroupBy } from './calendar.js';
import { addDays } from './dates.js';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/Santiago',
  'Asia/Beirut',
  'America/Havana',
  'Pacific/Apia',
  'America/St_Johns',
  'Pacific/Chatham',
];
const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;
const HOUR = 60 * MINUTE;

// The first instant whose local date is `date`. Luxon resolves an ambiguous midnight (Havana's
// fall-back at 01:00 repeats 00:00) to its later occurrence, so walk back while still that date.
function startOfDate(date: string, zone: string): number {
  let t = DateTime.fromISO(date, { zone }).startOf('day').toMillis();
  while (DateTime.fromMillis(t - QUARTER, { zone }).toISODate() === date) t -= QUARTER;
  return t;
}

function luxonNext(t: number, zone: string, groupBy: GroupBy): number {
  const d = DateTime.fromMillis(t, { zone });
  switch (groupBy) {
    case 'hour': {
      const candidate = t + (60 - d.minute) * MINUTE - d.second * 1000 - d.millisecond;
      const z = IANAZone.create(zone);
      if (z.offset(candidate) === d.offset) return candidate;
      let probe = Math.floor(t / QUARTER) * QUARTER + QUARTER;
      while (probe < candidate && z.offset(probe) === d.offset) probe += QUARTER;
      return Math.min(probe, candidate);
    }
    case 'day':
      return startOfDate(d.plus({ days: 1 }).toISODate()!, zone);
    case 'week':
      return startOfDate(d.startOf('week').plus({ weeks: 1 }).toISODate()!, zone);
    case 'month':
      return startOfDate(d.startOf('month').plus({ months: 1 }).toISODate()!, zone);
  }
}

function luxonBuckets(start: number, end: number, zone: string, groupBy: GroupBy) {
  const out: { start: number; end: number }[] = [];
  for (let t = start; t < end;) {
    const next = Math.min(luxonNext(t, zone, groupBy), end);
    out.push({ start: t, end: next });
    t = next;
  }
  return out;
}

const SPAN: Record<GroupBy, number> = {
  hour: 3 * 86_400_000,
  day: 60 * 86_400_000,
  week: 200 * 86_400_000,
  month: 800 * 86_400_000,
};

describe('bucket boundaries', () => {
  it('equal Luxon’s for hours, days, ISO weeks and months in zones with odd offsets and transitions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom<GroupBy>('hour', 'day', 'week', 'month'),
        fc.integer({
          min: Date.parse('2012-01-01T00:00:00Z'),
          max: Date.parse('2030-01-01T00:00:00Z'),
        }),
        (zone, groupBy, t) => {
          const start = Math.floor(t / QUARTER) * QUARTER;
          const end = start + SPAN[groupBy];
          expect(bucketsFor(start, end, zone, groupBy)).toEqual(
            luxonBuckets(start, end, zone, groupBy),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('say a day starts exactly where Luxon’s day starts, on both sides of every transition', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({
          min: Date.parse('2012-01-01T00:00:00Z') / QUARTER,
          max: Date.parse('2030-01-01T00:00:00Z') / QUARTER,
        }),
        (zone, q) => {
          // Every quarter hour of a day and a half: midnights, skipped and repeated ones included.
          for (let t = q * QUARTER; t < q * QUARTER + 36 * HOUR; t += QUARTER) {
            const date = DateTime.fromMillis(t, { zone }).toISODate()!;
            expect(isLocalDayStart(t, zone), `${zone} ${t}`).toBe(startOfDate(date, zone) === t);
          }
        },
      ),
      { numRuns: 150 },
    );
    // And every quarter hour around each transition of 2020-2026 in these zones.
    for (const zone of ZONES) {
      const z = IANAZone.create(zone);
      for (
        let t = Date.parse('2020-01-01T00:00:00Z');
        t < Date.parse('2027-01-01T00:00:00Z');
        t += 6 * HOUR
      ) {
        if (z.offset(t) === z.offset(t + 6 * HOUR)) continue;
        for (let u = t - 30 * HOUR; u < t + 36 * HOUR; u += QUARTER) {
          const date = DateTime.fromMillis(u, { zone }).toISODate()!;
          expect(isLocalDayStart(u, zone), `${zone} ${u}`).toBe(startOfDate(date, zone) === u);
        }
      }
    }
    // Havana repeats 00:00 when it falls back at 01:00: only the first one starts the day.
    const first = startOfDate('2024-11-03', 'America/Havana');
    expect(isLocalDayStart(first, 'America/Havana')).toBe(true);
    expect(isLocalDayStart(first + HOUR, 'America/Havana')).toBe(false);
  });

  it('add days across month, year and leap-day ends, and refuse a malformed date', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -366)).toBe('2024-12-31');
    expect(() => addDays('2026-1-01', 1)).toThrow(RangeError);
    expect(() => addDays('tomorrow', 1)).toThrow(RangeError);
  });
});

describe('instantOfLocal', () => {
  it('agrees with Luxon on wall-clock times, and is null exactly for the skipped ones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, day, hour, minute) => {
          const date = addDays('2012-01-01', day);
          const t = instantOfLocal(date, hour, minute, zone);
          const luxon = DateTime.fromISO(date, { zone }).set({ hour, minute });
          if (luxon.hour !== hour || luxon.minute !== minute) expect(t).toBeNull();
          else {
            const local = DateTime.fromMillis(t!, { zone });
            expect([local.toISODate(), local.hour, local.minute]).toEqual([date, hour, minute]);
            // The earlier of two instants when the wall time repeats (clocks go back 30 or 60 min).
            for (const back of [30 * MINUTE, HOUR]) {
              const before = DateTime.fromMillis(t! - back, { zone });
              expect([before.toISODate(), before.hour, before.minute]).not.toEqual([
                date,
                hour,
                minute,
              ]);
            }
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
