import type { Queryable } from '../../db.js';
import { type SubscriptionRow, type Raw, COLS, toRow } from './subscription-row.js';

/** Adds a subscription, confirmed at once or waiting for its address to confirm. */
export async function insertSubscription(
  q: Queryable,
  s: Omit<SubscriptionRow, 'createdAt' | 'failures' | 'disabledReason' | 'confirmedAt'>,
  at: number,
  confirmed: boolean,
) {
  const when = new Date(at).toISOString();
  const rows = await q.query<Raw>(
    `INSERT INTO report_subscriptions (user_id, subscription_id, frequency, email, format, created_at, confirmed_at, locale)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLS}`,
    [s.userId, s.id, s.frequency, s.email, s.format, when, confirmed ? when : null, s.locale],
  );
  return toRow(rows[0]!);
}
