import { supportedTag } from '../domain/i18n/locale.js';
import { randomBytes } from 'node:crypto';
import { ensureUsers } from '../store/queries/ensure-users.js';
import { getUser } from '../store/queries/get-user.js';
import { lockUserFor } from '../store/queries/user-lock.js';
import { userSends } from '../store/queries/send-ledger/user-sends.js';
import { txAsDb } from '../store/db.js';
import { confirmSubscriptionRow } from '../store/queries/subscriptions/confirm-subscription-row.js';
import { endSubscription } from '../store/queries/subscriptions/end-subscription.js';
import { insertSubscription } from '../store/queries/subscriptions/insert-subscription.js';
import { userSubscriptions } from '../store/queries/subscriptions/user-subscriptions.js';
import { type SubscriptionRow } from '../store/queries/subscriptions/subscription-row.js';
import type { Call } from './context.js';
import { AppError, invalid } from './errors.js';
import { chargeDailyMail } from './mail-quota.js';
import { confirmToken, readConfirmToken, readUnsubscribeToken } from './signed-links.js';
import type { SubscribeBody } from '../contracts/reports.js';
import { refusal } from '../domain/i18n/reasons.js';

const MAX_SUBSCRIPTIONS = 10;

export interface SubscriptionView {
  id: string;
  frequency: string;
  email: string;
  format: string;
  createdAt: string;
  /** pending: waiting for the address to confirm; nothing is sent to it until then. */
  status: 'active' | 'pending' | 'stopped';
  stoppedReason: string | null;
  /** The reports' locale tag; absent: English. */
  locale?: string;
}

const view = (s: SubscriptionRow): SubscriptionView => ({
  id: s.id,
  frequency: s.frequency,
  email: s.email,
  format: s.format,
  createdAt: s.createdAt.toISOString(),
  status: s.disabledReason ? 'stopped' : s.confirmedAt ? 'active' : 'pending',
  stoppedReason: s.disabledReason,
  ...(s.locale ? { locale: s.locale } : {}),
});

/** How long a confirmation link works. */
const CONFIRM_FOR_MS = 7 * 86_400_000;

/**
 * Subscribes the user to emailed reports. The address on file is subscribed at once; any other
 * address is pending, and `confirmToken` is for a link that only that address may receive.
 */
export async function subscribe({
  ctx,
  input,
}: Call<{ userId: string; body: SubscribeBody }>): Promise<{
  subscription: SubscriptionView;
  confirmToken?: string;
}> {
  return ctx.db.transaction(async (tx) => {
    await ensureUsers(tx, [input.userId]);
    const onFile = (await getUser(tx, input.userId))?.email ?? null;
    const email = input.body.email ?? onFile;
    if (!email) throw invalid('email', refusal('noEmailOnFile'));
    const confirmed = onFile !== null && email.toLowerCase() === onFile.toLowerCase();
    // Count and insert under the user's lock: parallel requests cannot all see room for one more.
    await lockUserFor(tx, 'subscriptions', input.userId);
    const live = await userSubscriptions(tx, input.userId);
    const format = input.body.format ?? 'none';
    // The same report to the same address twice would only send two identical emails.
    const same = live.find(
      (s) =>
        s.email.toLowerCase() === email.toLowerCase() &&
        s.frequency === input.body.frequency &&
        s.format === format,
    );
    if (same) {
      throw new AppError(
        'conflict',
        `a ${same.frequency} report${format === 'none' ? '' : ` with ${format}`} already goes to this address (subscription ${same.id})`,
      );
    }
    if (live.length >= MAX_SUBSCRIPTIONS) {
      throw new AppError('conflict', refusal('atMostSubscriptions', { max: MAX_SUBSCRIPTIONS }));
    }
    if (!confirmed) {
      const txCtx = { ...ctx, db: txAsDb(tx, ctx.db.kind) };
      await chargeDailyMail({ ctx: txCtx, input: { userId: input.userId, kind: 'confirmation' } });
    }
    const row = await insertSubscription(
      tx,
      {
        userId: input.userId,
        id: randomBytes(6).toString('hex'),
        frequency: input.body.frequency,
        email,
        format,
        locale: supportedTag(input.body.locale),
      },
      ctx.now(),
      confirmed,
    );
    if (confirmed) return { subscription: view(row) };
    const until = ctx.now() + CONFIRM_FOR_MS;
    const token = confirmToken(ctx, { userId: row.userId, subscriptionId: row.id, email }, until);
    return { subscription: view(row), confirmToken: token };
  });
}

/** Confirms the address of a pending subscription from its signed link (idempotent). */
export async function confirmSubscription({
  ctx,
  input,
}: Call<{ token: string }>): Promise<{ email: string }> {
  const { userId, subscriptionId, email } = readConfirmToken(ctx, input.token);
  if (!(await confirmSubscriptionRow(ctx.db, userId, subscriptionId, email, ctx.now())))
    throw new AppError('not_found', refusal('noSuchSubscription'));
  return { email };
}

/** The user's subscriptions with their delivery state, and the latest sends. */
export async function listSubscriptions({ ctx, input }: Call<{ userId: string }>) {
  const subs = (await userSubscriptions(ctx.db, input.userId)).map(view);
  const sends = (await userSends(ctx.db, input.userId, 20)).map((r) => ({
    subscriptionId: r.subscription_id,
    period: r.period_key,
    status: r.status,
    attempts: r.attempts,
    error: r.last_error,
    at: r.updated_at.toISOString(),
  }));
  return { subscriptions: subs, recentSends: sends };
}

/** Ends one of the user's subscriptions; another user's is "not found", like a missing one. */
export async function cancelSubscription({
  ctx,
  input,
}: Call<{ userId: string; id: string }>): Promise<void> {
  if (!(await endSubscription(ctx.db, input.userId, input.id)))
    throw new AppError('not_found', refusal('noSuchSubscription'));
}

/** Ends the subscription a signed unsubscribe link names (idempotent: a second click is fine). */
export async function unsubscribeWithToken({
  ctx,
  input,
}: Call<{ token: string }>): Promise<{ email: string | null }> {
  const { userId, subscriptionId } = readUnsubscribeToken(ctx, input.token);
  const sub = (await userSubscriptions(ctx.db, userId)).find((s) => s.id === subscriptionId);
  await endSubscription(ctx.db, userId, subscriptionId);
  return { email: sub?.email ?? null };
}
