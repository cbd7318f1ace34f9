// Answers to history queries, kept per user and query until the user's data version changes
// (new events mark days stale, rollups rewrite rows, zone and plan changes touch the user) or
// the local day (the hour, for hourly views) moves on.
import { localDate } from '../domain/calendar.js';
import { dataVersion } from '../store/queries/plan-history.js';
import type { Queryable } from '../store/db.js';

const MAX_ENTRIES = 5000;
const cache = new Map<string, { version: string; value: unknown }>();

/** Returns the cached value for (user, key) at the current data version, or computes and keeps it. */
export async function cachedForVersion<T>(
  q: Queryable,
  userId: string,
  key: string,
  now: number,
  zone: string,
  hourly: boolean,
  compute: () => Promise<T>,
): Promise<T> {
  const clock = hourly ? String(Math.floor(now / 3_600_000)) : localDate(now, zone);
  const version = `${await dataVersion(q, userId)}|${clock}`;
  const id = `${userId}\u0000${key}`;
  const hit = cache.get(id);
  if (hit && hit.version === version) {
    cache.delete(id);
    cache.set(id, hit);
    return hit.value as T;
  }
  const value = await compute();
  cache.set(id, { version, value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}

/** Forgets everything (tests that rewrite rows behind the services' back). */
export function clearHistoryCache(): void {
  cache.clear();
}
