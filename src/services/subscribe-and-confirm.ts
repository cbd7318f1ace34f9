// Double opt-in: a subscription to an address other than the one on file sends that address one
// message with a confirmation link, and nothing else until the link is followed.
import type { SubscribeBody } from '../contracts/reports.js';
import type { Call } from './context.js';
import { AppError } from './errors.js';
import { cancelSubscription, subscribe, type SubscriptionView } from './subscriptions.js';

/** Subscribes; a new address gets its confirmation message (the link never reaches the caller). */
export async function subscribeAndConfirm({
  ctx,
  input,
}: Call<{ userId: string; body: SubscribeBody }>): Promise<SubscriptionView> {
  const { subscription, confirmToken } = await subscribe({ ctx, input });
  if (!confirmToken) return subscription;
  const base = ctx.publicUrl ?? 'http://localhost:8080';
  // The confirmation page speaks the subscription's language.
  const lang = subscription.locale ? `&lang=${encodeURIComponent(subscription.locale)}` : '';
  const link = `${base}/api/subscribe/confirm?token=${encodeURIComponent(confirmToken)}${lang}`;
  try {
    if (!ctx.mailer || !ctx.documents) throw new Error('email delivery is not configured');
    // The message holds no text the requesting user typed.
    await ctx.mailer.send({
      ...ctx.documents.confirmationEmail({
        link,
        frequency: subscription.frequency,
        // In the language the subscription's reports will have.
        ...(subscription.locale ? { locale: subscription.locale } : {}),
      }),
      to: subscription.email,
      messageId: `<confirm.${subscription.id}@usage-insights>`,
    });
  } catch (err) {
    // A subscription nobody can confirm is of no use: it goes, and the caller hears why.
    await cancelSubscription({ ctx, input: { userId: input.userId, id: subscription.id } });
    throw new AppError(
      'unavailable',
      `the confirmation email could not be sent: ${(err as Error).message}`,
    );
  }
  return subscription;
}
