// The analytics API responses the new panels read (mirrors of src/analytics/types-*.ts; src/web
// may import only src/domain). Only the fields the dashboard uses.
import type { Metric } from './types.js';

export type LimitReach =
  | { status: 'unlimited' }
  | { status: 'reached'; date: string }
  | {
      status: 'expected';
      date: string;
      earliest: string;
      latest: string | null;
      probability: number;
    }
  | { status: 'possible'; earliest: string; probability: number }
  | { status: 'notExpected'; periodEnd?: string; probability: number };

export interface Bounds {
  lower: number;
  upper: number;
}

export interface DailyForecast {
  date: string;
  point: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface MetricForecast {
  available: true;
  metric: Metric;
  kind: 'total' | 'level';
  method: string;
  note?: string;
  period: { from: string; to: string; daysElapsed: number; daysRemaining: number };
  toDate: number;
  projected: { point: number; p80: Bounds; p95: Bounds };
  limit: number | null;
  limitReach: LimitReach;
  daily: DailyForecast[];
}

export type MetricForecastResult =
  MetricForecast | { available: false; metric: Metric; reason: string };

export interface PlanCost {
  plan: string;
  displayName: string;
  priceUsd: number | null;
  expectedOverageUsd: number;
  expectedCostUsd: number | null;
  covers: boolean;
  blockers: { metric: Metric; limit: number; p90Demand: number }[];
  overage: { metric: Metric; ratePerUnitUsd: number; expectedUnits: number; expectedUsd: number }[];
}

export type PlanAdvice =
  | {
      available: true;
      currentPlan: string;
      recommended: string | null;
      contactSales: boolean;
      reason: string;
      plans: PlanCost[];
      savingUsd: number | null;
      confidence: number;
      tentative?: boolean;
    }
  | { available: false; reason: string };

export interface Suggestion {
  type: string;
  title: string;
  message: string;
  monthlySavingUsd: number | null;
}

export type Efficiency =
  | {
      available: true;
      score: number;
      components: { name: string; weight: number; value: number | null; detail: string }[];
      formula: string;
    }
  | { available: false; reason: string };

/** GET /api/usage/analytics?type=predictions */
export interface Predictions {
  today?: string;
  zone?: string;
  forecast?: { plan?: string; today?: string; metrics: MetricForecastResult[] };
  advice?: PlanAdvice;
  suggestions?: Suggestion[];
  efficiency?: Efficiency;
}

export interface WeekdayHourHeatmap {
  metric: Metric;
  weekdays: string[];
  hours: number[];
  cells: number[][];
  max: number;
}

export interface CalendarHeatmap {
  metric: Metric;
  range: { from: string; to: string };
  days: { date: string; value: number | null; weekday: number }[];
  max: number;
}

/** GET /api/usage/analytics?type=patterns */
export interface Patterns {
  patterns: { metric: Metric; heatmap?: WeekdayHourHeatmap; calendar?: CalendarHeatmap }[];
}

export interface Cohort {
  n: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

/** GET /api/usage/analytics?type=peers */
export interface Peers {
  month: string;
  plan: string;
  metrics: {
    metric: Metric;
    value: number;
    cohort: Cohort | null;
    comparison:
      | { available: true; percentile: number; bound?: string; position?: string }
      | { available: false; reason: string };
  }[];
}

export interface Anomaly {
  index: number;
  time: string | number | null;
  value: number;
  expected: number;
  lower: number;
  upper: number;
  direction: 'spike' | 'dip';
  severity: 'low' | 'medium' | 'high';
  score: number;
}

/** GET /api/usage/analytics?type=anomalies */
export interface Anomalies {
  anomalies: { metric: Metric; granularity: 'day' | 'hour'; anomalies: Anomaly[] }[];
}
