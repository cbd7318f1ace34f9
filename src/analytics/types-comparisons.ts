// Result types of comparisons: period over period, usage against limits, utilization and peers.
import type { Metric } from '../domain/metrics.js';
import type { Availability, DateRange, Direction, TrendIndicator } from './types.js';

export interface PeriodValue extends DateRange {
  days: number;
  /** Period value by the metric's aggregation (sum, latest gauge, highest day). */
  value: number;
}

/** Two periods and how the later differs; direction is "stable" unless the change is material and, for flows, significant. */
export interface PeriodChange {
  current: PeriodValue;
  previous: PeriodValue;
  change: number;
  /** null when the previous value is 0: a change from nothing has no percentage. */
  changePct: number | null;
  direction: Direction;
}

export interface MonthOverMonth {
  metric: Metric;
  /** Complete days of this month against the same days of last month. */
  monthToDate: Availability<PeriodChange>;
  /** Last complete month against the one before. */
  fullMonth: Availability<PeriodChange>;
}

export interface YearOverYear {
  metric: Metric;
  /** The last `days` complete days against the same weekdays 52 weeks (364 days) earlier. */
  comparison: Availability<PeriodChange>;
}

export type LimitStatus = 'ok' | 'warning' | 'limit-reached' | 'unlimited';

export interface LimitUsage {
  metric: Metric;
  kind: 'total' | 'level';
  /** This billing month so far (today included), or a gauge's latest reading. */
  used: number;
  limit: number | null;
  remaining: number | null;
  pct: number | null;
  /** warning from 80% of the limit. */
  status: LimitStatus;
  /** Whether going over is billed (soft) or blocked (hard). */
  overage: 'billed' | 'blocked' | null;
}

export interface UsageVsLimits {
  plan: string;
  period: DateRange;
  metrics: LimitUsage[];
}

export interface MonthUtilization {
  month: string;
  plan: string;
  complete: boolean;
  /** Percent of the limit used, per limited metric; null when unlimited. */
  pct: Partial<Record<Metric, number | null>>;
  /** The metric closest to (or furthest over) its limit: the one that decides the plan. */
  binding: { metric: Metric; pct: number } | null;
}

export interface UtilizationTrend {
  months: MonthUtilization[];
  /** Trend of the binding utilization over complete months. */
  trend: TrendIndicator;
}

/** Aggregate numbers of a cohort, as read from the peer table: never individual values. */
export interface CohortDistribution {
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  n: number;
}

export type PeerComparison = Availability<{
  value: number;
  /** Interpolated percentile of the value in the cohort (0-100). */
  percentile: number;
  /** at-least: above p90, where the cohort's top is unknown. */
  bound: 'interpolated' | 'at-least';
  position: 'below-typical' | 'typical' | 'above-typical' | 'top-10-percent';
  cohort: CohortDistribution;
  method: string;
}>;
