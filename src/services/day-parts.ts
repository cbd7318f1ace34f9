// A history by day made of parts: each local month of a user's closed days (daily rows and each
// day's clients) is kept until a rollup replaces that month's monthly row (every rollup of a day
// rewrites the month it lies in, so the row's write time names the month's contents), and is combined at
// read time with the open tail (open-tail.ts): the days holding stale hours, their clean hours from
// hourly rows and their stale hours from raw events on every read. A new event therefore costs
// its own hour; a late one, its own month once rolled up.
import { DateTime } from 'luxon';
import { LRUCache } from 'lru-cache';
import { bucketsFor, type Bucket } from '../domain/calendar.js';
import type { Period } from '../domain/period-values.js';
import type { Queryable } from '../store/db.js';
import {
  readClientDaysIn,
  type ClientDay,
} from '../store/queries/month-days/read-client-days-in.js';
import { readDaysIn } from '../store/queries/month-days/read-days-in.js';
import { partsState } from '../store/queries/parts-state.js';
import type { Loaded } from './load-periods.js';
import { openTail } from './open-tail.js';

interface MonthPart {
  /** The id of the month's monthly row when read ('' when there was none). */
  id: string;
  days: Period[];
  /** The month's client-day rows, by start (after a zone change they need not meet the days). */
  clientDays: ClientDay[];
}

/** Month parts by (user, zone, month start), bounded by bytes, with hit counts. */
export class DayParts {
  readonly #lru: LRUCache<string, MonthPart> | null;
  // The local months covering a window, the same for every user of a zone asking today.
  readonly #months = new LRUCache<string, Bucket[]>({ max: 256 });
  hits = 0;
  misses = 0;
  /** maxBytes 0 keeps nothing: every read takes the months from the database. */
  constructor(maxBytes: number) {
    this.#lru =
      maxBytes > 0
        ? new LRUCache<string, MonthPart>({ maxSize: maxBytes, sizeCalculation: weigh })
        : null;
  }
  get(key: string, id: string): MonthPart | undefined {
    const p = this.#lru?.get(key);
    if (p && p.id === id) {
      this.hits++;
      return p;
    }
    this.misses++;
    return undefined;
  }
  /** The whole local months of the zone that cover [start, end), the first starting at or before start, the last ending at or after end. */
  monthsOf(start: number, end: number, zone: string): Bucket[] {
    const key = `${zone}|${start}|${end}`;
    let m = this.#months.get(key);
    if (!m) {
      const first = DateTime.fromMillis(start, { zone }).startOf('month').toMillis();
      // Whole months: a part is kept by its month's start, so a part cut at a range's end would
      // later stand in for the whole month and drop the days after that end.
      // December 9999 has no next month to end at (year 10000 has no ISO date): it ends with
      // the range, and the part's key carries its end, so a cut month never stands in for more.
      const next = DateTime.fromMillis(end - 1, { zone })
        .startOf('month')
        .plus({ months: 1 });
      const last = next.year > 9999 ? end : next.toMillis();
      this.#months.set(key, (m = bucketsFor(first, last, zone, 'month')));
    }
    return m;
  }
  set(key: string, part: MonthPart): void {
    this.#lru?.set(key, part);
  }
  get bytes(): number {
    return this.#lru?.calculatedSize ?? 0;
  }
}

// About what a day takes in the heap: the period object and its values, and each client id.
const weigh = (p: MonthPart) =>
  256 + 400 * p.days.length + p.clientDays.reduce((s, c) => s + 64 + 2 * c.client.length, 0);

const inAny = (t: number, ranges: Bucket[]) => ranges.some((r) => t >= r.start && t < r.end);

/**
 * Periods covering [start, end) (local day boundaries of the user's zone) and distinct clients per
 * uniqueBucket, the same as loadPeriods reads them, from kept months plus the stale days.
 */
export async function loadFromParts(
  q: Queryable,
  parts: DayParts,
  userId: string,
  zone: string,
  start: number,
  end: number,
  uniqueBuckets: Bucket[],
): Promise<Loaded> {
  const months = parts.monthsOf(start, end, zone);
  const state = await partsState(q, userId, months[0]!.start, end);
  const ids = new Map(state.months.map((m) => [m.start, m.id]));
  const want = months.map((m) => {
    const id = ids.get(m.start) ?? '';
    const key = `${userId}\u0000${zone}\u0000${m.start}\u0000${m.end}`;
    return { m, id, key, part: parts.get(key, id) };
  });
  const missing = want.filter((w) => !w.part);
  const ranges = missing.map((w) => w.m);
  const [read, readClients, tail] = await Promise.all([
    readDaysIn(q, userId, ranges),
    readClientDaysIn(q, userId, ranges),
    openTail(q, userId, zone, state.dirty, start, end),
  ]);
  for (const w of missing) {
    const inMonth = (t: number) => t >= w.m.start && t < w.m.end;
    w.part = {
      id: w.id,
      days: read.filter((d) => inMonth(d.start)),
      clientDays: readClients.filter((c) => inMonth(c.start)),
    };
    parts.set(w.key, w.part);
  }
  const stale = tail.days;
  const kept = (t: number) => t >= start && t < end && !inAny(t, stale);
  const clean = want.flatMap((w) => w.part!.days.filter((d) => kept(d.start)));
  // A tail day's own client-day rows count when its stored rows are of this zone (open-tail.ts).
  const keptClient = (t: number) => kept(t) || tail.keptClientDays.has(t);
  const clientDays = want.flatMap((w) => w.part!.clientDays.filter((c) => keptClient(c.start)));
  const periods = [...clean, ...tail.periods].sort((a, b) => a.start - b.start);
  const uniques = uniqueBuckets.map((b) => {
    const i = firstAtOrAfter(periods, b.start);
    const [one, next] = [periods[i], periods[i + 1]];
    if (!one || one.start >= b.end) return 0;
    // A bucket that is exactly one period carries its distinct clients already.
    if (one.start === b.start && one.end === b.end && !(next && next.start < b.end))
      return one.values.unique_clients;
    const seen = new Set<string>();
    for (let k = firstAtOrAfter(clientDays, b.start); k < clientDays.length; k++) {
      const c = clientDays[k]!;
      if (c.start >= b.end) break;
      seen.add(c.client);
    }
    for (const s of tail.raw)
      if (s.start >= b.start && s.start < b.end) for (const c of s.clients) seen.add(c);
    return seen.size;
  });
  return { periods, uniques };
}

function firstAtOrAfter(sorted: { start: number }[], t: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
