// Where a range's per-client numbers come from, chosen like the totals' (load-periods.ts): whole
// local months from monthly client rows (less the daily rows of their stale days), other clean
// days from daily rows, days holding a stale hour from their daily rows less their stale hours'
// rows plus those hours' raw events (wholly from raw events when not rolled up in this zone); by
// hour when the range is not made of the user's days; all raw events when its hours do not meet
// the stored ones (Asia/Kolkata against UTC).
import { DateTime } from 'luxon';
import { bucketsFor, localDate, type Bucket } from '../domain/calendar.js';
import type { Queryable } from '../store/db.js';
import type { ClientSources } from '../store/queries/client-usage/client-rows-sql.js';
import { dirtyHours } from '../store/queries/dirty/dirty-hours.js';
import { storedDays } from '../store/queries/client-usage/stored-days.js';
import { alignmentOf } from './load-periods.js';
import { staleDays, staleHours } from './open-tail.js';

/** Adjacent buckets joined into runs (sorted input). */
export function runsOf(buckets: Bucket[]): Bucket[] {
  const out: Bucket[] = [];
  for (const b of buckets) {
    const last = out[out.length - 1];
    if (last && last.end === b.start) last.end = b.end;
    else out.push({ ...b });
  }
  return out;
}

/** [start, end) without the given sorted buckets. */
export function without(start: number, end: number, cut: Bucket[]): Bucket[] {
  const out: Bucket[] = [];
  let t = start;
  for (const c of cut) {
    if (c.end <= t || c.start >= end) continue;
    if (c.start > t) out.push({ start: t, end: c.start });
    t = Math.max(t, c.end);
  }
  if (t < end) out.push({ start: t, end });
  return out;
}

/**
 * The sources of the range cut at the given boundaries (its start and end, or every bucket's) for
 * a user whose rollups are in userZone; byHour: only hourly rows and raw events.
 */
export async function clientSources(
  q: Queryable,
  userId: string,
  userZone: string,
  boundaries: number[],
  byHour = false,
): Promise<ClientSources> {
  const start = boundaries[0]!;
  const end = boundaries[boundaries.length - 1]!;
  const none: ClientSources = { monthly: [], daily: [], hourly: [], raw: [] };
  const { day, hour } = alignmentOf(boundaries, userZone);
  if (!day && !hour) return { ...none, raw: [{ start, end }] };
  const marks = await dirtyHours(q, userId, start, end);
  const stale = staleDays(marks, userZone)
    .filter((d) => d.end > start && d.start < end)
    .map((d) => ({ start: Math.max(d.start, start), end: Math.min(d.end, end) }));
  if (byHour || !day) {
    const raw = runsOf(stale);
    return { ...none, hourly: without(start, end, raw), raw };
  }
  const stored = await storedDays(q, userId, stale);
  // Rolled up in this zone: the day's own daily row, and hourly rows only on its local hours (a
  // zone change derives days from the old zone's hours, which a stale hour could not be cut from).
  const rolled = new Set(
    stale
      .filter((d) => {
        const s = stored.get(d.start)!;
        if (!s.exact) return false;
        const grid = new Set(bucketsFor(d.start, d.end, userZone, 'hour').map((h) => h.start));
        return s.hours.every((t) => grid.has(t));
      })
      .map((d) => d.start),
  );
  // A stale day rolled up in this zone is its daily row less its stale hours' stored rows plus
  // their raw events (one snapshot: a busy user's today costs its last minutes, not its whole
  // day); any other stale day (never rolled up, or in another zone) is read from raw events.
  const openDaily = stale.filter((d) => rolled.has(d.start));
  const hours = staleHours(marks, userZone);
  const minusHourly = openDaily.flatMap((d) =>
    hours
      .filter((h) => h.start < d.end && h.end > d.start)
      .map((h) => ({ start: Math.max(h.start, d.start), end: Math.min(h.end, d.end) })),
  );
  const raw = runsOf(
    [...stale.filter((d) => !rolled.has(d.start)), ...minusHourly].sort(
      (a, b) => a.start - b.start,
    ),
  );
  const staleStarts = new Set(stale.map((d) => d.start));
  const byMonth = new Map<string, Bucket[]>();
  for (const d of bucketsFor(start, end, userZone, 'day')) {
    const key = localDate(d.start, userZone).slice(0, 7);
    byMonth.set(key, [...(byMonth.get(key) ?? []), d]);
  }
  const monthly: Bucket[] = [];
  const daily: Bucket[] = [];
  const minusDaily: Bucket[] = [];
  for (const days of byMonth.values()) {
    const size = DateTime.fromMillis(days[0]!.start, { zone: userZone }).daysInMonth!;
    const staleIn = days.filter((d) => staleStarts.has(d.start));
    // A whole month is its monthly row; with stale days (today, typically), that row less their
    // daily rows, plus what they hold now: the rollup writes a month as the sum of its daily rows
    // in the transaction that writes them, so this is exact and reads a few days, not 30.
    if (days.length === size) {
      monthly.push({ start: days[0]!.start, end: days[size - 1]!.end });
      minusDaily.push(...staleIn);
    } else daily.push(...days.filter((d) => !staleStarts.has(d.start)));
  }
  return {
    monthly: runsOf(monthly),
    daily: runsOf(daily),
    hourly: [],
    raw,
    minusDaily: runsOf(minusDaily),
    openDaily: runsOf(openDaily),
    minusHourly: runsOf(minusHourly),
  };
}
