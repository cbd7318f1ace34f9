// The API responses the dashboard reads (mirrors of the service types: src/web may import only src/domain).
import type { Metric } from '../../domain/metrics.js';

export type { Metric };
export type Period = '7d' | '30d' | '3m' | '12m' | 'this_month' | 'last_month' | 'custom';
export type GroupBy = 'hour' | 'day' | 'week' | 'month';
export type Trend = 'up' | 'down' | 'stable';

type Values = Partial<Record<Metric, number | null>>;

export type HistoryBucket = {
  start: string;
  end: string;
  storage_mb_peak?: number | null;
} & Values;

/** GET /api/usage/history */
export interface History {
  period: { from: string; to: string; tz: string; groupBy: GroupBy };
  metrics: Metric[];
  buckets: HistoryBucket[];
  totals: Values & { storage_mb_peak?: number | null };
  previousTotals: Values;
  previousPeriod: { from: string; to: string };
  /** Share (0-1) of the previous period after the user's usage history begins. */
  previousCoverage?: number;
  change: Partial<Record<Metric, number | null>>;
  trend: Partial<Record<Metric, Trend | string>>;
  peaks: Partial<Record<Metric, { start: string; end: string; value: number } | null>>;
  limits: { plan: string; planName: string; values: Partial<Record<Metric, number | null>> };
}

/** GET /api/usage/current */
export interface Current {
  period: { from: string; to: string; tz: string };
  /** When the user's usage history begins (ISO instant); null: no usage yet. */
  usageSince?: string | null;
  /** priceUsd null: a contract plan; overage: USD per unit beyond the limit (absent: it blocks). */
  plan: {
    name: string;
    displayName: string;
    priceUsd: number | null;
    overage: Partial<Record<Metric, number>>;
  };
  metrics: Record<
    Metric,
    { used: number | null; limit: number | null; percent: number | null; remaining: number | null }
  >;
}

/** GET /api/demo/users (demo mode only) */
export interface DemoUser {
  id: string;
  plan: string;
  timeZone: string;
}
