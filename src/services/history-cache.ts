// Answers to history queries, kept per user and query (in the context's caches) until the user's
// data version changes (new events mark days stale, rollups rewrite rows, zone and plan changes
// touch the user) or the local day (the hour, for hourly views) moves on.
import { localDate } from '../domain/calendar.js';
import { dataVersion } from '../store/queries/plans/data-version.js';
import type { ServiceContext } from './context.js';
import type { HistoryResponse } from './get-history.js';

/** Returns the cached answer for (user, key) at the current data version, or computes and keeps it (tz: the asked zone, else the user's; compute gets the user's zone and first usage). */
export async function cachedForVersion(
  ctx: ServiceContext,
  userId: string,
  key: string,
  tz: string | undefined,
  hourly: boolean,
  compute: (userZone: string, firstUsageAt: number | null) => Promise<HistoryResponse>,
): Promise<HistoryResponse> {
  // One round trip on a hit: the version and the zone that decides when the local day turns, and
  // when usage begins (a miss needs it, and asking here saves it a round trip of its own).
  const data = await dataVersion(ctx.db, userId, { firstUsage: true });
  const userZone = data.timeZone ?? 'UTC';
  const now = ctx.now();
  const clock = hourly ? String(Math.floor(now / 3_600_000)) : localDate(now, tz ?? userZone);
  const run = () => compute(userZone, data.firstUsageAt);
  if (!ctx.caches) return run();
  return ctx.caches.history.get(`${userId}\u0000${key}`, `${data.version}|${clock}`, run);
}
