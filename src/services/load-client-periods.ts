// Where one client's numbers come from, chosen as load-periods does for the totals: client rollup
// rows where they align with the asked zone, that client's raw events for days not rolled up yet
// (stale) or zones whose hours do not meet the stored ones, so a filtered answer is exact too.
import { bucketsFor, type Bucket } from '../domain/calendar.js';
import type { Period } from '../domain/period-values.js';
import type { Queryable } from '../store/db.js';
import { aggregateClientEvents } from '../store/queries/client-usage/aggregate-client-events.js';
import { readClientPeriods } from '../store/queries/client-usage/read-client-periods.js';
import { dirtyHours } from '../store/queries/dirty/dirty-hours.js';
import { alignmentOf, type Alignment, type Loaded } from './load-periods.js';
import { staleDays } from './open-tail.js';

/** One client's periods covering the boundaries' buckets, and per uniqueBucket 1 when the client was active in it, else 0. */
export async function loadClientPeriods(
  q: Queryable,
  userId: string,
  clientId: string,
  userZone: string,
  boundaries: number[],
  fine: boolean,
  uniqueBuckets: Bucket[],
  aligned?: Alignment,
): Promise<Loaded> {
  const start = boundaries[0]!;
  const end = boundaries[boundaries.length - 1]!;
  const { day, hour } = aligned ?? alignmentOf(boundaries, userZone);
  const dayAligned = !fine && day;
  let periods: Period[];
  if (!dayAligned && !hour) {
    const buckets = boundaries.slice(1).map((e, i) => ({ start: boundaries[i]!, end: e }));
    periods = await aggregateClientEvents(q, userId, clientId, buckets);
  } else {
    const stale = staleDays(await dirtyHours(q, userId, start, end), userZone).filter(
      (d) => d.end > start && d.start < end,
    );
    const level = dayAligned ? 'daily' : 'hourly';
    const [clean, fresh] = await Promise.all([
      readClientPeriods(q, userId, clientId, level, start, end, stale),
      aggregateClientEvents(
        q,
        userId,
        clientId,
        level === 'daily'
          ? stale
          : stale.flatMap((d) => bucketsFor(d.start, d.end, userZone, 'hour')),
      ),
    ]);
    periods = [...clean, ...fresh.filter((p) => p.start >= start && p.start < end)].sort(
      (a, b) => a.start - b.start,
    );
  }
  periods = periods.filter((p) => p.values.event_count > 0);
  const uniques = uniqueBuckets.map((b) =>
    periods.some((p) => p.start >= b.start && p.start < b.end) ? 1 : 0,
  );
  return { periods, uniques };
}
