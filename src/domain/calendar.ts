// Local calendars: buckets of hours, days, ISO weeks and months in any IANA zone, DST-correct.
// Every instant is epoch milliseconds; every bucket is a half-open [start, end).
import { LRUCache } from 'lru-cache';
import { DateTime, IANAZone } from 'luxon';
import { addDays } from './dates.js';
import type { GroupBy } from './periods.js';
import { canonicalZone } from './zones.js';

export type { GroupBy };
export interface Bucket {
  start: number;
  end: number;
}

const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** True when zone is an IANA time zone name this runtime knows (in any accepted spelling). */
export function isValidZone(zone: string): boolean {
  return canonicalZone(zone) !== null;
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(ms: number, zone: string): string {
  return new Date(ms + zoneOffset(ms, zone) * MINUTE).toISOString().slice(0, 10);
}

/** The first instant of a local date in a zone (the first that exists when midnight is skipped). */
export function startOfLocalDate(date: string, zone: string): number {
  if (Number.isFinite(Date.parse(`${date}T00:00:00Z`)) && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const midnight = instantOfLocal(date, 0, 0, zone);
    if (midnight !== null) return midnight;
  }
  // Clocks skip midnight (or the date is malformed): let Luxon resolve it.
  const d = DateTime.fromISO(date, { zone });
  if (!d.isValid) throw new RangeError(`invalid date ${date}`);
  return d.startOf('day').toMillis();
}

/** The instant a local wall-clock time names in a zone: the earlier when clocks repeat it, null when they skip it. */
export function instantOfLocal(
  date: string,
  hour: number,
  minute: number,
  zone: string,
): number | null {
  const wall = Date.parse(`${date}T00:00:00Z`) + hour * HOUR + minute * MINUTE;
  let best: number | null = null;
  // The offsets in force half a day either side are the only candidates (one transition a day at most).
  for (const offset of [zoneOffset(wall - 14 * HOUR, zone), zoneOffset(wall + 14 * HOUR, zone)]) {
    const t = wall - offset * MINUTE;
    if (zoneOffset(t, zone) === offset && (best === null || t < best)) best = t;
  }
  return best;
}

/** An instant as ISO-8601 with the zone's offset, e.g. 2026-03-29T00:00:00+01:00. */
export function isoInZone(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) as string;
}

// Module-level on purpose, unlike the service caches: this memoises a pure function of the tz
// database (an answer never changes and no test or user can tell it apart from recomputing), and
// the pure calendar functions would otherwise need a context threaded through every call.
// Offsets per zone and quarter hour, bounded in all: a map entry costs about 40 bytes, so the
// budget below is about 20 MB per thread whatever zones and ranges callers ask for. A zone's
// map is re-weighed as it grows (in a new holder: lru-cache re-weighs only a changed value), and
// the zones used least recently go first.
const OFFSET_SLOTS = 1 << 19;
const REWEIGH_EVERY = 4096;
const offsetCache = new LRUCache<string, { slots: Map<number, number> }>({
  maxSize: OFFSET_SLOTS,
  sizeCalculation: (h) => h.slots.size + REWEIGH_EVERY,
  noDisposeOnSet: true,
  dispose: (_h, zone) => {
    if (zone === lastZone) lastZone = '';
  },
});
// Most calls in a row ask for the same zone: skip the LRU bookkeeping for it.
let lastZone = '';
let lastSlots = new Map<number, number>();

/** The zone's UTC offset in minutes at an instant, cached per quarter hour (offsets change only on quarter hours). */
function zoneOffset(ms: number, zone: string): number {
  if (zone !== lastZone) {
    let holder = offsetCache.get(zone);
    if (!holder) offsetCache.set(zone, (holder = { slots: new Map() }));
    [lastZone, lastSlots] = [zone, holder.slots];
  }
  const slot = Math.floor(ms / QUARTER);
  let offset = lastSlots.get(slot);
  if (offset === undefined) {
    offset = IANAZone.create(zone).offset(ms);
    if (lastSlots.size >= OFFSET_SLOTS / 2) lastSlots.clear();
    lastSlots.set(slot, offset);
    if (lastSlots.size % REWEIGH_EVERY === 0) offsetCache.set(zone, { slots: lastSlots });
  }
  return offset;
}

/**
 * The same string as isoInZone, fast enough for a million rows: offsets are looked up once per
 * quarter hour per zone (offsets only change on quarter hours) and the text is assembled by hand.
 */
export function isoInZoneFast(ms: number, zone: string): string {
  const offset = zoneOffset(ms, zone);
  const local = new Date(ms + offset * MINUTE).toISOString();
  const body = ms % 1000 === 0 ? local.slice(0, 19) : local.slice(0, 23);
  // Luxon writes Z only for the UTC zone itself; other zones at offset 0 get +00:00.
  if (offset === 0 && /^(utc|gmt)$/i.test(zone)) return `${body}Z`;
  return body + offsetText(offset);
}

// "+05:45" for 345: 730 labels a request each wrote theirs. Module-level for the reason the
// offset cache above is: a memo of a pure function, bounded by the offsets a zone can have (whole
// minutes within a day either side of UTC, in practice a few dozen).
const offsetTexts = new Map<number, string>();
function offsetText(offset: number): string {
  let text = offsetTexts.get(offset);
  if (text === undefined) {
    const a = Math.abs(offset);
    text = `${offset < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
    offsetTexts.set(offset, text);
  }
  return text;
}

// Bucket boundaries are computed from cached offsets and UTC date arithmetic, not Luxon objects:
// a 12-month history walks 730 day boundaries per request (tests compare them with Luxon).

// An hour bucket is the set of instants sharing local date, local hour and UTC offset, so a
// fall-back day has 25 of them and Lord Howe's half-hour shift gives a 30-minute one.
function nextHourBoundary(t: number, zone: string): number {
  const offset = zoneOffset(t, zone);
  const local = t + offset * MINUTE;
  const candidate = t + HOUR - (((local % HOUR) + HOUR) % HOUR);
  if (zoneOffset(candidate, zone) === offset) return candidate;
  // Zone offsets and transitions fall on quarter hours, so a quarter-hour scan finds the change.
  let probe = Math.floor(t / QUARTER) * QUARTER + QUARTER;
  while (probe < candidate && zoneOffset(probe, zone) === offset) probe += QUARTER;
  return Math.min(probe, candidate);
}

// A boundary after 9999-12-31 has no ISO date; bucketsFor clips it to the range end, which the
// time bounds keep inside year 9999.
function boundaryAt(date: string, zone: string): number {
  return /^\d{4}-/.test(date) ? startOfLocalDate(date, zone) : Infinity;
}

// Most local days last 24 hours: from a local midnight, the next one is a day on when the offset
// is the same there and half-way (a 12-month history walks 365 of these per request; the dates
// and their parsing cost it more than a millisecond).
function nextDayBoundary(t: number, zone: string): number {
  const offset = zoneOffset(t, zone);
  if (atLocalMidnight(t, offset)) {
    const next = t + DAY;
    if (zoneOffset(next, zone) === offset && zoneOffset(t + DAY / 2, zone) === offset) return next;
  }
  return boundaryAt(addDays(localDate(t, zone), 1), zone);
}

function atLocalMidnight(t: number, offset: number): boolean {
  const local = t + offset * MINUTE;
  return ((local % DAY) + DAY) % DAY === 0;
}

function nextWeekBoundary(t: number, zone: string): number {
  const date = localDate(t, zone);
  const isoWeekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return boundaryAt(addDays(date, 8 - isoWeekday), zone);
}

function nextMonthBoundary(t: number, zone: string): number {
  const [y, m] = localDate(t, zone).split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return boundaryAt(next, zone);
}

const NEXT: Record<GroupBy, (t: number, zone: string) => number> = {
  hour: nextHourBoundary,
  day: nextDayBoundary,
  week: nextWeekBoundary,
  month: nextMonthBoundary,
};

/** The buckets covering [start, end) in a zone; the first and last are clipped to the range. */
export function bucketsFor(start: number, end: number, zone: string, groupBy: GroupBy): Bucket[] {
  const out: Bucket[] = [];
  let t = start;
  while (t < end) {
    const next = Math.min(NEXT[groupBy](t, zone), end);
    if (next <= t) throw new Error(`calendar did not advance at ${t} in ${zone}`);
    out.push({ start: t, end: next });
    t = next;
  }
  return out;
}

/** True when instant t starts a local hour in the zone (so hourly rows in that zone align with it). */
export function isLocalHourStart(t: number, zone: string): boolean {
  const local = t + zoneOffset(t, zone) * MINUTE;
  return ((local % HOUR) + HOUR) % HOUR === 0;
}

/** True when instant t starts a local day in the zone. */
export function isLocalDayStart(t: number, zone: string): boolean {
  // A local midnight with the same offset half a day before is its date's only midnight.
  const offset = zoneOffset(t, zone);
  if (atLocalMidnight(t, offset) && zoneOffset(t - DAY / 2, zone) === offset) return true;
  return startOfLocalDate(localDate(t, zone), zone) === t;
}

/** The whole local days (as buckets) that overlap [start, end). */
export function localDaysOverlapping(start: number, end: number, zone: string): Bucket[] {
  const first = startOfLocalDate(localDate(start, zone), zone);
  return bucketsFor(first, nextDayBoundary(end - 1, zone), zone, 'day');
}

/** The whole local hours (as buckets) that overlap [start, end). */
export function localHoursOverlapping(start: number, end: number, zone: string): Bucket[] {
  const local = start + zoneOffset(start, zone) * MINUTE;
  const first = start - (((local % HOUR) + HOUR) % HOUR);
  return bucketsFor(first, nextHourBoundary(end - 1, zone), zone, 'hour');
}
