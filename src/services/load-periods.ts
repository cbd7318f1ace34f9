// Chooses where a range's numbers come from: rollups where they align with the asked zone,
// raw events for what is not rolled up yet or does not align, so every answer is exact.
import { bucketsFor, isLocalDayStart, isLocalHourStart, type Bucket } from '../domain/calendar.js';
import type { Period } from '../domain/period-values.js';
import type { Queryable } from '../store/db.js';
import { aggregateEvents } from '../store/queries/aggregate-events.js';
import { dirtyHours } from '../store/queries/dirty/dirty-hours.js';
import { distinctClients } from '../store/queries/distinct-clients.js';
import { readPeriods } from '../store/queries/read-periods.js';
import { loadFromParts, type DayParts } from './day-parts.js';
import { staleDays } from './open-tail.js';

export interface Loaded {
  periods: Period[];
  uniques: number[];
}

/** Periods covering [start, end), each inside one of the boundaries' buckets, and distinct clients per uniqueBucket. */
export async function loadPeriods(
  q: Queryable,
  userId: string,
  userZone: string,
  boundaries: number[],
  fine: boolean,
  uniqueBuckets: Bucket[],
  opts: { parts?: DayParts; aligned?: Alignment } = {},
): Promise<Loaded> {
  const start = boundaries[0]!;
  const end = boundaries[boundaries.length - 1]!;
  const { day, hour } = opts.aligned ?? alignmentOf(boundaries, userZone);
  const dayAligned = !fine && day;
  const hourAligned = dayAligned || hour;
  const parts = opts.parts;
  if (!hourAligned) {
    // Zones whose hours do not meet the stored ones (e.g. Asia/Kolkata against UTC) read raw events.
    const periods = (await aggregateEvents(q, userId, boundaryBuckets(boundaries))).sort(
      (a, b) => a.start - b.start,
    );
    const uniques = await uniquesFor(q, userId, uniqueBuckets, periods, {
      useClientDays: false,
      rawRanges: [],
    });
    return { periods, uniques };
  }
  // By day in the user's zone, closed months come from the process's parts (day-parts.ts).
  if (dayAligned && parts)
    return loadFromParts(q, parts, userId, userZone, start, end, uniqueBuckets);
  // Off the parts path a day holding a stale hour is read whole from raw events.
  const stale = staleDays(await dirtyHours(q, userId, start, end), userZone);
  const level = dayAligned ? 'daily' : 'hourly';
  const clean = await readPeriods(q, userId, level, start, end, stale);
  const staleInRange = stale.filter((d) => d.end > start && d.start < end);
  const fresh = await aggregateEvents(
    q,
    userId,
    level === 'daily'
      ? staleInRange
      : staleInRange.flatMap((d) => bucketsFor(d.start, d.end, userZone, 'hour')),
  );
  const periods = [...clean, ...fresh.filter((p) => p.start >= start && p.start < end)].sort(
    (a, b) => a.start - b.start,
  );
  const uniques = await uniquesFor(q, userId, uniqueBuckets, periods, {
    useClientDays: dayAligned,
    rawRanges: staleInRange,
  });
  return { periods, uniques };
}

// A bucket that is exactly one period (a day by day, an hour by hour) already carries its distinct
// clients, and a bucket without periods has none; only buckets spanning several periods (weeks,
// months, the range totals) are counted in the database.
async function uniquesFor(
  q: Queryable,
  userId: string,
  buckets: Bucket[],
  sorted: Period[],
  opts: { useClientDays: boolean; rawRanges: Bucket[] },
): Promise<number[]> {
  const out = new Array<number>(buckets.length).fill(0);
  const ask: number[] = [];
  buckets.forEach((b, k) => {
    const i = firstStartingAtOrAfter(sorted, b.start);
    const [first, next] = [sorted[i], sorted[i + 1]];
    if (!first || first.start >= b.end) return;
    const single = first.start === b.start && first.end === b.end && !(next && next.start < b.end);
    if (single) out[k] = first.values.unique_clients;
    else ask.push(k);
  });
  const counted = await distinctClients(
    q,
    userId,
    ask.map((k) => buckets[k]!),
    opts,
  );
  ask.forEach((k, j) => (out[k] = counted[j]!));
  return out;
}

function firstStartingAtOrAfter(sorted: Period[], t: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Alignment {
  /** Every boundary starts a local day of the user's zone (daily rows meet the buckets). */
  day: boolean;
  /** Every boundary starts a local hour of the user's zone (hourly rows meet the buckets). */
  hour: boolean;
}

/** Whether the boundaries meet the user's stored days and hours (a few zone lookups per boundary: worth keeping per range). */
export function alignmentOf(boundaries: number[], userZone: string): Alignment {
  const day = boundaries.every((t) => isLocalDayStart(t, userZone));
  return { day, hour: day || boundaries.every((t) => isLocalHourStart(t, userZone)) };
}

function boundaryBuckets(boundaries: number[]): Bucket[] {
  return boundaries.slice(1).map((end, i) => ({ start: boundaries[i]!, end }));
}
