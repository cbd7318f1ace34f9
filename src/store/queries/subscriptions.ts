import type { Queryable } from '../db.js';

export interface SubscriptionRow {
  userId: string;
  id: string;
  frequency: 'weekly' | 'monthly';
  email: string;
  format: 'none' | 'pdf' | 'csv';
  createdAt: Date;
  failures: number;
  disabledReason: string | null;
  /** When the address confirmed (or was the one on file); null while waiting for it. */
  confirmedAt: Date | null;
}

type Raw = {
  user_id: string;
  subscription_id: string;
  frequency: 'weekly' | 'monthly';
  email: string;
  format: 'none' | 'pdf' | 'csv';
  created_at: Date;
  failures: number;
  disabled_reason: string | null;
  confirmed_at: Date | null;
};
const COLS =
  'user_id, subscription_id, frequency, email, format, created_at, failures, disabled_reason, confirmed_at';
const toRow = (r: Raw): SubscriptionRow => ({
  userId: r.user_id,
  id: r.subscription_id,
  frequency: r.frequency,
  email: r.email,
  format: r.format,
  createdAt: r.created_at,
  failures: r.failures,
  disabledReason: r.disabled_reason,
  confirmedAt: r.confirmed_at,
});

/** Adds a subscription, confirmed at once or waiting for its address to confirm. */
export async function insertSubscription(
  q: Queryable,
  s: Omit<SubscriptionRow, 'createdAt' | 'failures' | 'disabledReason' | 'confirmedAt'>,
  at: number,
  confirmed: boolean,
) {
  const when = new Date(at).toISOString();
  const rows = await q.query<Raw>(
    `INSERT INTO report_subscriptions (user_id, subscription_id, frequency, email, format, created_at, confirmed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLS}`,
    [s.userId, s.id, s.frequency, s.email, s.format, when, confirmed ? when : null],
  );
  return toRow(rows[0]!);
}

/** Marks a live subscription confirmed, if it still goes to that address; false otherwise. */
export async function confirmSubscriptionRow(
  q: Queryable,
  userId: string,
  id: string,
  email: string,
  at: number,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE report_subscriptions SET confirmed_at = coalesce(confirmed_at, $4)
     WHERE user_id = $1 AND subscription_id = $2 AND email = $3 AND ended_at IS NULL
     RETURNING 1`,
    [userId, id, email, new Date(at).toISOString()],
  );
  return rows.length === 1;
}

/** The user's subscriptions that have not ended. */
export async function userSubscriptions(q: Queryable, userId: string): Promise<SubscriptionRow[]> {
  const rows = await q.query<Raw>(
    `SELECT ${COLS} FROM report_subscriptions WHERE user_id = $1 AND ended_at IS NULL ORDER BY created_at, subscription_id`,
    [userId],
  );
  return rows.map(toRow);
}

/** Every live, confirmed, deliverable subscription of every user. */
export async function deliverableSubscriptions(q: Queryable): Promise<SubscriptionRow[]> {
  const rows = await q.query<Raw>(
    `SELECT ${COLS} FROM report_subscriptions
     WHERE ended_at IS NULL AND disabled_reason IS NULL AND confirmed_at IS NOT NULL
     ORDER BY user_id, subscription_id`,
  );
  return rows.map(toRow);
}

/** Ends one of the user's subscriptions; false when it has none such. */
export async function endSubscription(q: Queryable, userId: string, id: string): Promise<boolean> {
  const rows = await q.query(
    `UPDATE report_subscriptions SET ended_at = now() WHERE user_id = $1 AND subscription_id = $2 AND ended_at IS NULL RETURNING 1`,
    [userId, id],
  );
  return rows.length === 1;
}

/** Counts a permanent failure (disabling at the limit) or, with ok, clears the count. */
export async function recordDelivery(
  q: Queryable,
  userId: string,
  id: string,
  ok: boolean,
  error: string | null,
  limit: number,
) {
  await q.query(
    `UPDATE report_subscriptions SET
       failures = CASE WHEN $3 THEN 0 ELSE failures + 1 END,
       disabled_reason = CASE WHEN NOT $3 AND failures + 1 >= $5 THEN 'stopped after ' || (failures + 1) || ' failed deliveries: ' || $4 ELSE disabled_reason END
     WHERE user_id = $1 AND subscription_id = $2`,
    [userId, id, ok, error ?? '', limit],
  );
}
