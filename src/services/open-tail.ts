// The open tail of a history by day: the local days holding stale hours. A day whose stored rows
// were written in the user's current zone (its daily row covers exactly the local day) is its
// clean hours' hourly rows plus its stale hours from raw events, and its distinct clients are its
// stored client-day rows plus the raw clients of the stale hours (events are only ever added, so a
// clean hour's clients were in the day when it was last rolled up). Any other day (never rolled
// up, or rolled up in another zone) is read whole from raw events, as before hourly markers.
import { localDaysOverlapping, localHoursOverlapping, bucketsFor } from '../domain/calendar.js';
import type { Bucket } from '../domain/calendar.js';
import type { Period } from '../domain/period-values.js';
import type { Queryable } from '../store/db.js';
import { hourOf, type DirtyHour } from '../store/queries/dirty/dirty-hour.js';
import { readHoursAndDaysIn } from '../store/queries/month-days/read-hours-and-days-in.js';
import { tailDays, type TailDay } from '../store/queries/tail-days.js';

/** The local hours overlapping the stale UTC hours, by start. */
export function staleHours(marks: DirtyHour[], zone: string): Bucket[] {
  const byStart = new Map<number, Bucket>();
  for (const m of marks) {
    const h = hourOf(m);
    for (const b of localHoursOverlapping(h.start, h.end, zone)) byStart.set(b.start, b);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** The local days holding stale hours, by start. */
export function staleDays(marks: DirtyHour[], zone: string): Bucket[] {
  const byStart = new Map<number, Bucket>();
  for (const m of marks) {
    const h = hourOf(m);
    for (const d of localDaysOverlapping(h.start, h.end, zone)) byStart.set(d.start, d);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

export interface OpenTail {
  /** The tail days inside the window, by start: their periods below replace their daily rows. */
  days: Bucket[];
  /** Starts of the tail days whose stored client-day rows count (the day's own start only). */
  keptClientDays: Set<number>;
  /** Hourly rows and raw periods of the tail days, by start. */
  periods: Period[];
  /** The raw periods (stale hours, or whole days) with their distinct clients. */
  raw: TailDay[];
}

/** The open tail of [start, end) (local day boundaries of the zone) for the given stale hours. */
export async function openTail(
  q: Queryable,
  userId: string,
  zone: string,
  marks: DirtyHour[],
  start: number,
  end: number,
): Promise<OpenTail> {
  const days = staleDays(marks, zone).filter((d) => d.start >= start && d.start < end);
  if (days.length === 0) return { days, keptClientDays: new Set(), periods: [], raw: [] };
  const inDays = (t: number) => days.some((d) => t >= d.start && t < d.end);
  const hours = staleHours(marks, zone).filter((h) => inDays(h.start));
  const [stored, rawHours] = await Promise.all([
    readHoursAndDaysIn(q, userId, days),
    tailDays(q, userId, hours),
  ]);
  const trusted = days.filter((d) =>
    stored.daily.some((r) => r.start === d.start && r.end === d.end),
  );
  const whole = days.filter((d) => !trusted.includes(d));
  const rawWhole = await tailDays(q, userId, whole);
  const inWhole = (t: number) => whole.some((d) => t >= d.start && t < d.end);
  // A clean hour's row counts only when it is one of the day's local hours in this zone.
  const cleanHours = new Map<number, number>();
  for (const d of trusted)
    for (const h of bucketsFor(d.start, d.end, zone, 'hour')) cleanHours.set(h.start, h.end);
  for (const h of hours) cleanHours.delete(h.start);
  const kept = stored.hourly.filter((r) => cleanHours.get(r.start) === r.end);
  const raw = [...rawHours.filter((h) => !inWhole(h.start)), ...rawWhole];
  const periods = [...kept, ...raw.map(({ clients: _, ...p }) => p)].sort(
    (a, b) => a.start - b.start,
  );
  return { days, keptClientDays: new Set(trusted.map((d) => d.start)), periods, raw };
}
