// Answers to history queries, kept per user and query until the user's data version changes
// (new events mark days stale, rollups rewrite rows, zone and plan changes touch the user) or
// the local day (the hour, for hourly views) moves on.
import { localDate } from '../domain/calendar.js';
import { dataVersion } from '../store/queries/plan-history.js';
import type { Queryable } from '../store/db.js';

let maxEntries = 5000;
// Promises, so concurrent requests for the same answer share one computation.
const cache = new Map<string, { version: string; value: Promise<unknown> }>();

/** Sets how many answers are kept (0 turns the cache off); the least recently used go first. */
export function setHistoryCacheSize(entries: number): void {
  maxEntries = entries;
  while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
}

/** Returns the cached value for (user, key) at the current data version, or computes and keeps it (tz: the asked zone, else the user's). */
export async function cachedForVersion<T>(
  q: Queryable,
  userId: string,
  key: string,
  now: number,
  tz: string | undefined,
  hourly: boolean,
  compute: (userZone: string) => Promise<T>,
): Promise<T> {
  // One round trip on a hit: the version and the zone that decides when the local day turns.
  const data = await dataVersion(q, userId);
  const userZone = data.timeZone ?? 'UTC';
  const clock = hourly ? String(Math.floor(now / 3_600_000)) : localDate(now, tz ?? userZone);
  const version = `${data.version}|${clock}`;
  const id = `${userId}\u0000${key}`;
  const hit = cache.get(id);
  if (hit && hit.version === version) {
    cache.delete(id);
    cache.set(id, hit);
    return hit.value as Promise<T>;
  }
  const value = compute(userZone);
  if (maxEntries === 0) return value;
  const entry = { version, value };
  cache.set(id, entry);
  if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
  // A failed computation is not kept: the next request tries again.
  value.catch(() => cache.get(id) === entry && cache.delete(id));
  return value;
}

/** Forgets everything (tests that rewrite rows behind the services' back). */
export function clearHistoryCache(): void {
  cache.clear();
}
