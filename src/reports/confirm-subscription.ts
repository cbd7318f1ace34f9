// Double opt-in: a subscription to an address other than the one on file sends that address one
// message with a confirmation link, and nothing else until the link is followed.
import type { ServiceContext } from '../services/context.js';
import { AppError } from '../services/errors.js';
import type { SubscribeBody } from '../contracts/reports.js';
import { cancelSubscription, subscribe, type SubscriptionView } from '../services/subscriptions.js';
import type { MailMessage, Mailer } from './mailer.js';

/** The message asking an address to confirm; it holds no text the requesting user typed. */
export function confirmationEmail(
  to: string,
  link: string,
  frequency: string,
  id: string,
): MailMessage {
  const what = frequency === 'weekly' ? 'weekly' : 'monthly';
  const text =
    `Someone asked to send ${what} usage reports of their Usage Insights account to this address.\n\n` +
    `To receive them, confirm within 7 days:\n${link}\n\n` +
    'If you did not expect this, ignore this message: nothing will be sent to you.\n';
  const html =
    `<p>Someone asked to send ${what} usage reports of their Usage Insights account to this address.</p>` +
    `<p><a href="${link}">Confirm this address</a> within 7 days to receive them.</p>` +
    '<p>If you did not expect this, ignore this message: nothing will be sent to you.</p>';
  return {
    to,
    subject: 'Confirm usage reports to this address',
    text,
    html,
    messageId: `<confirm.${id}@usage-insights>`,
  };
}

/** Subscribes; a new address gets its confirmation message (the link never reaches the caller). */
export async function subscribeAndConfirm(
  ctx: ServiceContext,
  mailer: Mailer | undefined,
  userId: string,
  body: SubscribeBody,
): Promise<SubscriptionView> {
  const { subscription, confirmToken } = await subscribe({ ctx, input: { userId, body } });
  if (!confirmToken) return subscription;
  const base = ctx.publicUrl ?? 'http://localhost:8080';
  const link = `${base}/api/subscribe/confirm?token=${encodeURIComponent(confirmToken)}`;
  try {
    if (!mailer) throw new Error('email delivery is not configured');
    await mailer.send(
      confirmationEmail(subscription.email, link, subscription.frequency, subscription.id),
    );
  } catch (err) {
    // A subscription nobody can confirm is of no use: it goes, and the caller hears why.
    await cancelSubscription({ ctx, input: { userId, id: subscription.id } });
    throw new AppError(
      'unavailable',
      `the confirmation email could not be sent: ${(err as Error).message}`,
    );
  }
  return subscription;
}
