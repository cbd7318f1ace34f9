// Demo mode (`npm start` only): the demo users, and a read token for one of them without signing in.
import { DEMO_ID } from '../domain/demo/profiles.js';
import { getUser } from '../store/queries/get-user.js';
import { listUserSummaries } from '../store/queries/list-users.js';
import type { Call } from './context.js';
import { AppError } from './errors.js';
import { mintToken, type TokenConfig } from './tokens.js';

const DEMO_TOKEN_TTL_SECONDS = 8 * 3600;

export interface DemoUser {
  id: string;
  plan: string;
  /** The plan's display name, for the switcher. */
  planName: string;
  timeZone: string;
}

/** Lists the demo users (ids demo-NN) with plan and zone, for the demo's user switcher. */
export async function listDemoUsers({ ctx }: Call<Record<string, never>>): Promise<DemoUser[]> {
  const users = await listUserSummaries(ctx.db);
  return users
    .filter((u) => DEMO_ID.test(u.id))
    .map((u) => ({ id: u.id, plan: u.plan, planName: u.planName, timeZone: u.timeZone }));
}

/** Mints an 8-hour read token for an existing demo user; any other id is not_found. */
export async function createDemoSession({
  ctx,
  input,
}: Call<{ userId: string; tokens: TokenConfig }>): Promise<{
  token: string;
  userId: string;
  expiresAt: string;
}> {
  const user = DEMO_ID.test(input.userId) ? await getUser(ctx.db, input.userId) : null;
  if (!user) throw new AppError('not_found', `no demo user "${input.userId}"`);
  const now = ctx.now();
  const token = await mintToken(input.tokens, user.userId, 'read', DEMO_TOKEN_TTL_SECONDS, now);
  return {
    token,
    userId: user.userId,
    expiresAt: new Date(now + DEMO_TOKEN_TTL_SECONDS * 1000).toISOString(),
  };
}
