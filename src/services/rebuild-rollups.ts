import { countDirtyDays } from '../store/queries/dirty/count-dirty-days.js';
import { countDirtyUsers } from '../store/queries/dirty/count-dirty-users.js';
import { markAllDirty } from '../store/queries/dirty/mark-all-dirty.js';
import { usersWithDirtyDays } from '../store/queries/dirty/users-with-dirty-days.js';
import type { Call } from './context.js';
import { refreshStatistics } from './refresh-statistics.js';
import { rollupUser } from './rollup-user.js';

/** Marks every day with raw events in [from, to) stale; the rollup job (or runPendingRollups) recomputes them. */
export async function requestRebuild({
  ctx,
  input,
}: Call<{ from?: number; to?: number }>): Promise<{ users: number }> {
  return { users: await markAllDirty(ctx.db, input.from ?? null, input.to ?? null) };
}

/** How many users still wait for a rollup. */
export async function pendingRollups({
  ctx,
}: Call<Record<string, never>>): Promise<{ users: number }> {
  return { users: await countDirtyUsers(ctx.db) };
}

// 100 days of UTC hours a run: 60 demo users rolled up in 20.5 s (400 hours: 47.5 s; 400 days:
// 24 s, its bucket arrays cost more than the runs saved).
const BULK_MARKERS_PER_RUN = 100 * 24;

/** Rolls up every stale day of every user now, reporting progress in UTC days handled. */
export async function runPendingRollups({
  ctx,
  input,
}: Call<{
  retentionDays: number;
  onProgress?: (done: number, total: number) => void;
}>): Promise<number> {
  const total = await countDirtyDays(ctx.db);
  let done = 0;
  const users = new Set<string>();
  for (;;) {
    const batch = await usersWithDirtyDays(ctx.db, 1_000_000);
    if (batch.length === 0) break;
    for (const userId of batch) {
      users.add(userId);
      // A bulk run fills empty rollup tables: plans made for them when empty took a second a
      // statement on the embedded database (no autovacuum) by the tenth user.
      await refreshStatistics({ ctx, input: {} });
      // Nothing else waits on this loop (first start, rebuilds), so a run may take a whole year.
      const r = await rollupUser({
        ctx,
        input: { userId, retentionDays: input.retentionDays, maxMarkers: BULK_MARKERS_PER_RUN },
      });
      done += r.markers;
      input.onProgress?.(Math.min(done, total), Math.max(total, done));
    }
  }
  return users.size;
}
