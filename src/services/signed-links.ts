// Links that act without a sign-in (one-click unsubscribe) carry an HMAC of what they do.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ServiceContext } from './context.js';
import { AppError } from './errors.js';

const key = (ctx: ServiceContext) => {
  if (!ctx.signingKey) throw new Error('no signing key configured');
  return createHmac('sha256', ctx.signingKey).update('unsubscribe-v1').digest();
};

/** A token naming one subscription of one user, signed. */
export function unsubscribeToken(
  ctx: ServiceContext,
  userId: string,
  subscriptionId: string,
): string {
  const body = Buffer.from(JSON.stringify([userId, subscriptionId])).toString('base64url');
  const mac = createHmac('sha256', key(ctx)).update(body).digest('base64url');
  return `${body}.${mac}`;
}

/** The (user, subscription) a token names; 404 for anything forged or malformed, like a missing one. */
export function readUnsubscribeToken(
  ctx: ServiceContext,
  token: string,
): { userId: string; subscriptionId: string } {
  const [body, mac] = token.split('.');
  const expected = body ? createHmac('sha256', key(ctx)).update(body).digest('base64url') : '';
  if (
    !body ||
    !mac ||
    mac.length !== expected.length ||
    !timingSafeEqual(Buffer.from(mac), Buffer.from(expected))
  ) {
    throw new AppError('not_found', 'no such subscription');
  }
  const [userId, subscriptionId] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as [
    string,
    string,
  ];
  return { userId, subscriptionId };
}
