// Chooses where a range's numbers come from: rollups where they align with the asked zone,
// raw events for what is not rolled up yet or does not align, so every answer is exact.
import {
  bucketsFor,
  isLocalDayStart,
  isLocalHourStart,
  localDaysOverlapping,
  type Bucket,
} from '../domain/calendar.js';
import type { Period } from '../domain/period-values.js';
import type { Queryable } from '../store/db.js';
import { aggregateEvents } from '../store/queries/aggregate-events.js';
import { dirtyDays } from '../store/queries/dirty-days.js';
import { distinctClients } from '../store/queries/distinct-clients.js';
import { readPeriods } from '../store/queries/read-periods.js';

const DAY = 86_400_000;

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
): Promise<Loaded> {
  const start = boundaries[0]!;
  const end = boundaries[boundaries.length - 1]!;
  const dayAligned = !fine && boundaries.every((t) => isLocalDayStart(t, userZone));
  const hourAligned = dayAligned || boundaries.every((t) => isLocalHourStart(t, userZone));
  if (!hourAligned) {
    // Zones whose hours do not meet the stored ones (e.g. Asia/Kolkata against UTC) read raw events.
    const periods = await aggregateEvents(q, userId, boundaryBuckets(boundaries));
    const uniques = await distinctClients(q, userId, uniqueBuckets, {
      useClientDays: false,
      rawRanges: [],
    });
    return { periods, uniques };
  }
  const stale = staleDays(await dirtyDays(q, userId, start, end), userZone);
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
  const uniques = await distinctClients(q, userId, uniqueBuckets, {
    useClientDays: dayAligned,
    rawRanges: staleInRange,
  });
  return { periods, uniques };
}

function staleDays(marks: { utcDay: string }[], zone: string): Bucket[] {
  const byStart = new Map<number, Bucket>();
  for (const m of marks) {
    const t = Date.parse(m.utcDay + 'T00:00:00Z');
    for (const d of localDaysOverlapping(t, t + DAY, zone)) byStart.set(d.start, d);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

function boundaryBuckets(boundaries: number[]): Bucket[] {
  return boundaries.slice(1).map((end, i) => ({ start: boundaries[i]!, end }));
}
