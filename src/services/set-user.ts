import { z } from 'zod';
import { timeZoneSchema } from '../domain/zones.js';
import { ensureUsers } from '../store/queries/ensure-users.js';
import { getUser, type UserRow } from '../store/queries/get-user.js';
import { updateUser } from '../store/queries/update-user.js';
import type { Call } from './context.js';
import { AppError, invalid } from './errors.js';

export const userPatchSchema = z.strictObject({
  email: z.email().max(254).nullable().optional(),
  timeZone: timeZoneSchema.optional(),
  plan: z.string().min(1).max(20).optional(),
});
export type UserPatch = z.output<typeof userPatchSchema>;

/** Creates or updates a user; a plan change starts a new plan-history row, a zone change re-rolls retained days. */
export async function setUser({
  ctx,
  input,
}: Call<{ userId: string; patch: UserPatch }>): Promise<UserRow> {
  return ctx.db.transaction(async (tx) => {
    await ensureUsers(tx, [input.userId]);
    const result = await updateUser(tx, input.userId, input.patch, ctx.now());
    if (result === 'unknown_plan') throw invalid('plan', `unknown plan "${input.patch.plan}"`);
    const user = await getUser(tx, input.userId);
    if (!user) throw new AppError('not_found', 'user not found');
    return user;
  });
}
