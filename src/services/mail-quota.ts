// Mail a user can cause on demand is limited per UTC day, so an account cannot be used to send
// mail to someone over and over.
import { refusal } from '../domain/i18n/reasons.js';
import { useDailyQuota } from '../store/queries/mail-quota.js';
import type { Call } from './context.js';
import { AppError } from './errors.js';

/** Mails a user may cause per day, by kind. */
export const DAILY_MAIL = { 'test-send': 5, confirmation: 5 } as const;
export type MailKind = keyof typeof DAILY_MAIL;

/** Uses one of the user's mails of this kind today, or throws rate_limited when none is left. */
export async function chargeDailyMail({
  ctx,
  input,
}: Call<{ userId: string; kind: MailKind }>): Promise<void> {
  const now = ctx.now();
  const day = new Date(now).toISOString().slice(0, 10);
  const limit = DAILY_MAIL[input.kind];
  if (!(await useDailyQuota(ctx.db, input.userId, input.kind, day, limit))) {
    const tomorrow = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
    const wait = Math.max(1, Math.ceil((tomorrow - now) / 1000));
    const key = input.kind === 'test-send' ? 'testSendsPerDay' : 'confirmationsPerDay';
    throw new AppError('rate_limited', refusal(key, { max: limit }), [], wait);
  }
}
