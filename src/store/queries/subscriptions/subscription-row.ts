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
  /** The reports' locale tag; null: English. */
  locale: string | null;
}

export type Raw = {
  user_id: string;
  subscription_id: string;
  frequency: 'weekly' | 'monthly';
  email: string;
  format: 'none' | 'pdf' | 'csv';
  created_at: Date;
  failures: number;
  disabled_reason: string | null;
  confirmed_at: Date | null;
  locale: string | null;
};

export const COLS =
  'user_id, subscription_id, frequency, email, format, created_at, failures, disabled_reason, confirmed_at, locale';

export const toRow = (r: Raw): SubscriptionRow => ({
  userId: r.user_id,
  id: r.subscription_id,
  frequency: r.frequency,
  email: r.email,
  format: r.format,
  createdAt: r.created_at,
  failures: r.failures,
  disabledReason: r.disabled_reason,
  confirmedAt: r.confirmed_at,
  locale: r.locale,
});
