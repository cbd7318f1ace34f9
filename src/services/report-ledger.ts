// The send ledger as services: who is due, claiming a send, and recording how it went.
import { latestDuePeriod, type ReportPeriod } from '../domain/report-periods.js';
import { getUser } from '../store/queries/get-user.js';
import { claimSend } from '../store/queries/send-ledger/claim-send.js';
import { finishSend } from '../store/queries/send-ledger/finish-send.js';
import { sweepInterruptedSends } from '../store/queries/send-ledger/sweep-interrupted-sends.js';
import { deliverableSubscriptions } from '../store/queries/subscriptions/deliverable-subscriptions.js';
import { recordDelivery } from '../store/queries/subscriptions/record-delivery.js';
import { userSubscriptions } from '../store/queries/subscriptions/user-subscriptions.js';
import { type SubscriptionRow } from '../store/queries/subscriptions/subscription-row.js';
import type { Call } from './context.js';

/** Permanent failures in a row after which a subscription stops. */
export const MAX_DELIVERY_FAILURES = 3;

export interface DueReport {
  subscription: SubscriptionRow;
  period: ReportPeriod;
}

/** Every subscription whose latest period is due now (created before it was due). */
export async function dueReports({ ctx }: Call<Record<string, never>>): Promise<DueReport[]> {
  const now = ctx.now();
  const out: DueReport[] = [];
  const zones = new Map<string, string>();
  for (const s of await deliverableSubscriptions(ctx.db)) {
    if (!zones.has(s.userId))
      zones.set(s.userId, (await getUser(ctx.db, s.userId))?.timeZone ?? 'UTC');
    const period = latestDuePeriod(s.frequency, zones.get(s.userId)!, now);
    if (s.createdAt.getTime() <= period.dueAt) out.push({ subscription: s, period });
  }
  return out;
}

/** One of the user's live, confirmed subscriptions by id, or the first when id is absent. */
export async function findSubscription({
  ctx,
  input,
}: Call<{ userId: string; id?: string }>): Promise<SubscriptionRow | null> {
  // An address that has not confirmed gets nothing: no report, no alert, no test send.
  const subs = (await userSubscriptions(ctx.db, input.userId)).filter((s) => s.confirmedAt);
  return (input.id ? subs.find((s) => s.id === input.id) : subs[0]) ?? null;
}

/** True for the one caller allowed to send this (subscription, period) now. */
export async function claimReportSend({
  ctx,
  input,
}: Call<{ userId: string; subscriptionId: string; periodKey: string; messageId: string }>) {
  return claimSend(ctx.db, input.userId, input.subscriptionId, input.periodKey, input.messageId);
}

/** Records a send's outcome and the subscription's delivery health (stopping it after repeated permanent failures). */
export async function recordReportSend({
  ctx,
  input,
}: Call<{
  userId: string;
  subscriptionId: string;
  periodKey: string;
  outcome: 'sent' | 'retry' | 'failed';
  error?: string;
}>) {
  await ctx.db.transaction(async (tx) => {
    await finishSend(
      tx,
      input.userId,
      input.subscriptionId,
      input.periodKey,
      input.outcome,
      input.error ?? null,
    );
    if (input.outcome !== 'retry') {
      await recordDelivery(
        tx,
        input.userId,
        input.subscriptionId,
        input.outcome === 'sent',
        input.error ?? null,
        MAX_DELIVERY_FAILURES,
      );
    }
  });
}

/** Marks sends cut off by a crash as "unknown" rather than sending them again. */
export async function sweepInterrupted({ ctx }: Call<Record<string, never>>) {
  return sweepInterruptedSends(ctx.db, 10 * 60_000);
}
