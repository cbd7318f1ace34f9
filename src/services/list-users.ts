import { listUserSummaries, type UserSummary } from '../store/queries/list-users.js';
import type { Call } from './context.js';

/** Every user with plan, zone and activity, for operators (never exposed to read tokens). */
export async function listUsers({ ctx }: Call<Record<string, never>>): Promise<UserSummary[]> {
  return listUserSummaries(ctx.db);
}
