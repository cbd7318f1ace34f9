import { getUser } from '../store/queries/get-user.js';
import type { Call } from './context.js';

/** The user's IANA zone (UTC for a user not seen yet). */
export async function userZone({ ctx, input }: Call<{ userId: string }>): Promise<string> {
  return (await getUser(ctx.db, input.userId))?.timeZone ?? 'UTC';
}
