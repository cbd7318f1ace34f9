import { countDirtyUsers, markAllDirty } from '../store/queries/mark-all-dirty.js';
import { usersWithDirtyDays } from '../store/queries/dirty-days.js';
import type { Call } from './context.js';
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

/** Rolls up every user with stale days now, reporting progress after each user. */
export async function runPendingRollups({
  ctx,
  input,
}: Call<{
  retentionDays: number;
  onProgress?: (done: number, total: number) => void;
}>): Promise<number> {
  const users = await usersWithDirtyDays(ctx.db, 1_000_000);
  let done = 0;
  for (const userId of users) {
    await rollupUser({ ctx, input: { userId, retentionDays: input.retentionDays } });
    input.onProgress?.(++done, users.length);
  }
  return users.length;
}
