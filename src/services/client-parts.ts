// Top clients made of two parts (ADR 10's parts, for clients): the closed days of the range (every
// stored day but today and the days with stale hours), whose per-client sums are kept on the
// context until a rollup rewrites one of those days, and the open part (today, stale days), read on
// every request. A new event therefore costs today's rows, not a pass over every client of a year.
import { localDaysOverlapping, type Bucket } from '../domain/calendar.js';
import { sortedSums, topOfSums, type MergedTop } from '../domain/client-sums.js';
import type { Queryable } from '../store/db.js';
import type { ClientSources } from '../store/queries/client-usage/client-rows-sql.js';
import { clientSums } from '../store/queries/client-usage/client-sums.js';
import { closedDaysVersion } from '../store/queries/client-usage/closed-days-version.js';
import type { ServiceCaches } from './caches.js';
import { without } from './client-sources.js';

const overlaps = (list: Bucket[], b: Bucket) =>
  list.some((x) => x.start < b.end && x.end > b.start);

/** Sources by day split at today: the closed ones (stored rows only) and the open ones (today's rows, raw events). */
export function splitAtToday(
  s: ClientSources,
  today: Bucket,
): { closed: ClientSources; open: ClientSources } {
  // A stale today has a stale hour, so raw events inside it.
  const stale = overlaps(s.raw, today) || overlaps(s.openDaily ?? [], today);
  const inMonth = overlaps(s.monthly, today);
  const inDays = overlaps(s.daily, today);
  const closed: ClientSources = {
    monthly: s.monthly,
    daily: s.daily.flatMap((r) => without(r.start, r.end, [today])),
    hourly: [],
    raw: [],
    minusDaily: [...(s.minusDaily ?? [])],
  };
  // A clean today inside a whole month: the monthly row less today's daily row, which the open
  // part adds back (a stale today is taken out already, and is in the open part's sources).
  if (inMonth && !stale) closed.minusDaily!.push(today);
  closed.minusDaily!.sort((a, b) => a.start - b.start);
  // Stale days are open, read in one statement: rolled-up ones as their daily rows less their
  // stale hours' rows plus those hours' raw events, others from raw events.
  const open: ClientSources = {
    monthly: [],
    daily: (inMonth || inDays) && !stale ? [today] : [],
    hourly: [],
    raw: s.raw,
    openDaily: s.openDaily,
    minusHourly: s.minusHourly,
  };
  return { closed, open };
}

const keyOf = (s: ClientSources) =>
  [s.monthly, s.daily, s.minusDaily ?? []]
    .map((l) => l.map((b) => `${b.start}-${b.end}`).join(','))
    .join('|');

export interface PartsInput {
  userId: string;
  zone: string;
  column: string;
  eventType: string;
  sources: ClientSources;
  start: number;
  end: number;
  limit: number;
}

/**
 * Top clients over day-aligned sources, the closed days' sums from the cache while no rollup
 * rewrote them; exact. When they are not kept, the answer is the one pass (`onePass`) and the
 * closed sums are read after it for the next requests: a first request costs what it did before.
 */
export async function topClientsFromParts(
  db: Queryable,
  cache: ServiceCaches['clientSums'],
  now: number,
  p: PartsInput,
  onePass: () => Promise<MergedTop>,
): Promise<MergedTop> {
  const today = localDaysOverlapping(now, now + 1, p.zone)[0]!;
  const { closed, open } = splitAtToday(p.sources, today);
  const key = `${p.userId}\u0000${p.zone}\u0000${p.column}\u0000${keyOf(closed)}`;
  // The version is read before the closed sums: a rollup between them leaves sums newer than their
  // version, which the next request recomputes, never older ones kept as current.
  const version = await closedDaysVersion(db, p.userId, p.start, p.end, today);
  const fill = async () => {
    const s = await clientSums(db, p.userId, p.column, p.eventType, closed);
    return sortedSums(s.clients, s.values);
  };
  if (!cache.has(key, version)) {
    const answer = await onePass();
    // After the answer (the embedded database runs one statement at a time); kept, or forgotten
    // if it fails, by the cache, and nobody waits for it here. Not read when it cannot be kept.
    if (cache.keeps(key) && !cache.has(key, version))
      cache.get(key, version, fill).catch(() => undefined);
    return answer;
  }
  const hasOpen = open.daily.length + open.raw.length + (open.openDaily?.length ?? 0) > 0;
  const [closedSums, openSums] = await Promise.all([
    cache.get(key, version, fill),
    hasOpen
      ? clientSums(db, p.userId, p.column, p.eventType, open)
      : Promise.resolve({ clients: [], values: [] }),
  ]);
  return topOfSums(closedSums, openSums, p.limit);
}
