import {
  bucketsFor,
  localDaysOverlapping,
  localHoursOverlapping,
  startOfLocalDate,
  type Bucket,
} from '../domain/calendar.js';
import { DateTime } from 'luxon';
import { clearDirty } from '../store/queries/dirty/clear-dirty.js';
import { dirtyHours } from '../store/queries/dirty/dirty-hours.js';
import { hourOf } from '../store/queries/dirty/dirty-hour.js';
import { getUser } from '../store/queries/get-user.js';
import { hoursAcross } from '../store/queries/rederive-days/hours-across.js';
import { rollupDays } from '../store/queries/rollup-days.js';
import { rollUpClients } from '../store/queries/client-usage/roll-up-clients.js';
import type { Call } from './context.js';

const DAY = 86_400_000;
export const DEFAULT_RETENTION_DAYS = 400;
/** UTC hours handled per run (62 days' worth), so one run stays short; the rest wait for the next run. */
export const MAX_MARKERS_PER_RUN = 62 * 24;

export interface RollupResult {
  days: number;
  markers: number;
}

// Raw events older than retention are gone; recomputing those days from raw would erase them.
function rawHorizon(now: number, retentionDays: number): number {
  return now - (retentionDays - 2) * DAY;
}

/** The whole local months (as buckets) that the given days fall in. */
export function monthsOf(days: Bucket[], zone: string): Bucket[] {
  const starts = new Set<string>();
  for (const d of days)
    starts.add(DateTime.fromMillis(d.start, { zone }).startOf('month').toISODate()!);
  return [...starts].sort().flatMap((s) => {
    const start = startOfLocalDate(s, zone);
    const end = startOfLocalDate(DateTime.fromISO(s).plus({ months: 1 }).toISODate()!, zone);
    return bucketsFor(start, end, zone, 'month');
  });
}

/** Brings every stale rollup of one user up to date, in one transaction, serialised per user. */
export async function rollupUser({
  ctx,
  input,
}: Call<{ userId: string; retentionDays?: number; maxMarkers?: number }>): Promise<RollupResult> {
  const horizon = rawHorizon(ctx.now(), input.retentionDays ?? DEFAULT_RETENTION_DAYS);
  return ctx.db.transaction(async (tx) => {
    // One rollup per user at a time: month rows read day rows that a parallel rollup might change.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('rollup:' || $1, 0))`, [
      input.userId,
    ]);
    const seen = (await dirtyHours(tx, input.userId, undefined, undefined, true)).slice(
      0,
      input.maxMarkers ?? MAX_MARKERS_PER_RUN,
    );
    const user = await getUser(tx, input.userId);
    if (seen.length === 0 || !user) return { days: 0, markers: 0 };
    const zone = user.timeZone;
    // The local hours of the stale UTC hours are recomputed from raw events; the local days they
    // lie in get their clients (from raw events) and daily rows (from hourly rows) again.
    const byStart = new Map<number, Bucket>();
    for (const m of seen) {
      const u = hourOf(m);
      for (const h of localHoursOverlapping(u.start, u.end, zone)) {
        if (h.start >= horizon) byStart.set(h.start, h);
      }
    }
    const hours = [...byStart.values()].sort((a, b) => a.start - b.start);
    const dayByStart = new Map<number, Bucket>();
    for (const h of hours)
      for (const d of localDaysOverlapping(h.start, h.end, zone)) dayByStart.set(d.start, d);
    const days = [...dayByStart.values()].sort((a, b) => a.start - b.start);
    // After a zone change, an hourly row of the old zone can cross the first of these hours: it is
    // replaced by its part before the hour (from raw events, which the margin of the horizon
    // keeps), and the day it starts in gets its daily row again.
    const cuts = hours
      .filter((h, i) => i === 0 || hours[i - 1]!.end !== h.start)
      .map((h) => h.start);
    const across = await hoursAcross(tx, input.userId, cuts);
    const parts = across.map((h) => ({ start: h.start, end: h.cut }));
    const edgeDays = parts.flatMap((p) => localDaysOverlapping(p.start, p.start + 1, zone));
    const derived = [...new Map([...edgeDays, ...days].map((d) => [d.start, d])).values()].sort(
      (a, b) => a.start - b.start,
    );
    const allHours = [...parts, ...hours].sort((a, b) => a.start - b.start);
    const months = monthsOf(derived, zone);
    await rollupDays(tx, input.userId, days, allHours, months, derived);
    // Client rows of the same hours, days and months in the same transaction: they always add up
    // to the totals just written.
    if (days.length > 0) await rollUpClients(tx, input.userId, allHours, derived, months);
    await clearDirty(tx, input.userId, seen);
    return { days: days.length, markers: seen.length };
  });
}
