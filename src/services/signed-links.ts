// Links that act without a sign-in (one-click unsubscribe, confirming an address) carry an HMAC of
// what they do. Each purpose has its own key, so a link made for one cannot do another's work.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ServiceContext } from './context.js';
import { AppError } from './errors.js';
import { refusal } from '../domain/i18n/reasons.js';

type Purpose = 'unsubscribe-v1' | 'confirm-v1';

const key = (ctx: ServiceContext, purpose: Purpose) => {
  if (!ctx.signingKey) throw new Error('no signing key configured');
  return createHmac('sha256', ctx.signingKey).update(purpose).digest();
};

function sign(ctx: ServiceContext, purpose: Purpose, fields: (string | number)[]): string {
  const body = Buffer.from(JSON.stringify(fields)).toString('base64url');
  const mac = createHmac('sha256', key(ctx, purpose)).update(body).digest('base64url');
  return `${body}.${mac}`;
}

// Anything forged or malformed is "not found", exactly like a link to something that is gone.
function read(ctx: ServiceContext, purpose: Purpose, token: string): unknown[] {
  const missing = () => new AppError('not_found', refusal('noSuchSubscription'));
  const [body, mac] = token.split('.');
  const expected = body
    ? createHmac('sha256', key(ctx, purpose)).update(body).digest('base64url')
    : '';
  if (
    !body ||
    !mac ||
    mac.length !== expected.length ||
    !timingSafeEqual(Buffer.from(mac), Buffer.from(expected))
  ) {
    throw missing();
  }
  const fields: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  if (!Array.isArray(fields)) throw missing();
  return fields;
}

/** A token naming one subscription of one user, signed. */
export function unsubscribeToken(
  ctx: ServiceContext,
  userId: string,
  subscriptionId: string,
): string {
  return sign(ctx, 'unsubscribe-v1', [userId, subscriptionId]);
}

/** The (user, subscription) a token names; 404 for anything forged or malformed, like a missing one. */
export function readUnsubscribeToken(
  ctx: ServiceContext,
  token: string,
): { userId: string; subscriptionId: string } {
  const [userId, subscriptionId] = read(ctx, 'unsubscribe-v1', token) as [string, string];
  return { userId, subscriptionId };
}

/** A token that confirms one subscription to one address, valid until `until` (epoch ms). */
export function confirmToken(
  ctx: ServiceContext,
  s: { userId: string; subscriptionId: string; email: string },
  until: number,
): string {
  return sign(ctx, 'confirm-v1', [s.userId, s.subscriptionId, s.email, until]);
}

/** What a confirmation token confirms; 404 for anything forged, malformed or expired. */
export function readConfirmToken(
  ctx: ServiceContext,
  token: string,
): { userId: string; subscriptionId: string; email: string } {
  const [userId, subscriptionId, email, until] = read(ctx, 'confirm-v1', token) as [
    string,
    string,
    string,
    number,
  ];
  if (!(ctx.now() < until)) throw new AppError('not_found', refusal('noSuchSubscription'));
  return { userId, subscriptionId, email };
}
