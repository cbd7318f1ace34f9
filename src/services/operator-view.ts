// The operator console's user lookup: a short-lived token that opens one user's dashboard
// read-only (GET only, like a personal key; the user's telemetry is not recorded from it).
import { getUser } from '../store/queries/get-user.js';
import type { Call } from './context.js';
import { AppError } from './errors.js';
import { mintToken, type TokenConfig } from './tokens.js';

/** How long an operator's view lasts: enough to look, not to keep. */
export const VIEW_TTL_SECONDS = 15 * 60;

/** A read-only token for an existing user, valid 15 minutes; 404 for an unknown user. */
export async function operatorViewToken({
  ctx,
  input,
}: Call<{ userId: string; tokens: TokenConfig | undefined }>): Promise<{
  token: string;
  userId: string;
  expiresAt: string;
}> {
  if (!input.tokens?.secret)
    throw new AppError(
      'not_found',
      'viewing a user needs AUTH_JWT_SECRET (tokens are signed here)',
    );
  const user = await getUser(ctx.db, input.userId);
  if (!user) throw new AppError('not_found', 'no such user');
  const now = ctx.now();
  const token = await mintToken(input.tokens, input.userId, 'read', VIEW_TTL_SECONDS, now, {
    view: 'operator',
  });
  return {
    token,
    userId: input.userId,
    expiresAt: new Date(now + VIEW_TTL_SECONDS * 1000).toISOString(),
  };
}
