import { localDaysOverlapping, type Bucket } from '../domain/calendar.js';
import type { Queryable } from '../store/db.js';
import { ensureUsers } from '../store/queries/ensure-users.js';
import { getUser, type UserRow } from '../store/queries/get-user.js';
import { hourlyExtent } from '../store/queries/rederive-days/hourly-extent.js';
import { rederiveFromHourly } from '../store/queries/rederive-days/rederive-from-hourly.js';
import { rederiveClients } from '../store/queries/client-usage/rederive-clients.js';
import { updateUser } from '../store/queries/update-user.js';
import { firstRawEventAt } from '../store/queries/first-usage.js';
import { rebuildClientDays } from '../store/queries/rebuild-client-days.js';
import type { Call } from './context.js';
import { AppError, invalid } from './errors.js';
import { monthsOf } from './rollup-user.js';
import type { UserPatch } from '../contracts/operator.js';

/** Creates or updates a user; a plan change starts a new plan-history row, a zone change re-derives every day and month in the new zone and re-rolls retained days from raw events. */
export async function setUser({
  ctx,
  input,
}: Call<{ userId: string; patch: UserPatch }>): Promise<UserRow> {
  return ctx.db.transaction(async (tx) => {
    const zone = input.patch.timeZone;
    // A zone change rewrites rollups: wait for a running rollup of this user, and hold it off.
    if (zone !== undefined)
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('rollup:' || $1, 0))`, [
        input.userId,
      ]);
    await ensureUsers(tx, [input.userId]);
    const before = await getUser(tx, input.userId);
    const result = await updateUser(tx, input.userId, input.patch, ctx.now());
    if (result === 'unknown_plan') throw invalid('plan', `unknown plan "${input.patch.plan}"`);
    if (zone !== undefined && before && zone !== before.timeZone)
      await rederive(tx, input.userId, before.timeZone, zone);
    const user = await getUser(tx, input.userId);
    if (!user) throw new AppError('not_found', 'user not found');
    return user;
  });
}

// Days past raw retention cannot be re-rolled from events; their daily and monthly rows would keep
// the old zone's midnights and be read as new-zone days. Every day and month is derived again
// from the hourly rows at once (the rollup job then redoes retained days from raw events).
// Days and months older than the hourly rows (HOURLY_RETENTION_DAYS deleted them by whole local
// months, so those rows end exactly where the hours begin) keep the old zone: their totals stay,
// their edges are the old zone's midnights, and the first new day and month start where the
// hours do (ADR 15).
const HOUR = 3_600_000;

async function rederive(tx: Queryable, userId: string, old: string, zone: string): Promise<void> {
  const extent = await hourlyExtent(tx, userId);
  // No hourly rows: nothing was rolled up, or every hour is past HOURLY_RETENTION_DAYS (keep all).
  if (!extent) return;
  const days = localDaysOverlapping(extent.first, extent.last + 1, zone);
  const months = monthsOf(days, zone);
  // Distinct clients cannot be derived from hourly sums: those of the days raw events still back
  // are counted again in the new zone's days, and the old zone's client days there dropped (they
  // would be counted with the new ones in every week and month that holds them). The old day that
  // holds the first raw event may start a new day earlier: from there on, or its clients would
  // stay and be counted in a new day their events are not in.
  // extent.last is the start of the last hourly row: the events rolled up end an hour later.
  const firstRaw = await firstRawEventAt(tx, userId);
  if (firstRaw !== null && firstRaw < extent.last + HOUR) {
    const oldDay = localDaysOverlapping(firstRaw, firstRaw + 1, old)[0]!;
    const kept = localDaysOverlapping(oldDay.start, extent.last + HOUR, zone);
    await rebuildClientDays(tx, userId, kept, kept[0]!.start);
  }
  if (!extent.older) {
    await rederiveFromHourly(tx, userId, days, months);
    return rederiveClients(tx, userId, days, months);
  }
  const from = extent.first;
  const clip = (b: Bucket[]) => b.map((x, i) => (i === 0 ? { start: from, end: x.end } : x));
  await rederiveFromHourly(tx, userId, clip(days), clip(months), from);
  await rederiveClients(tx, userId, clip(days), clip(months), from);
}
