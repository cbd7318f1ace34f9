// The billing period in words: each limited metric's state ("blocked since 26 Nov", "4 left,
// limit expected around 30 Nov", "65%") and the bill the period is heading for.
import { METRIC_DEFS, type Metric } from './metrics.js';
import { formatAmount, formatQuantity } from './quantity.js';

/** At or above this share of a limit a metric is "near" its limit. */
export const NEAR_PCT = 90;

export type LimitTone = 'ok' | 'near' | 'over';

/** What the forecast says about reaching the limit (a subset of the forecast's answer). */
export type ReachWords =
  | { status: 'reached'; date: string }
  | { status: 'expected'; date: string }
  | { status: 'possible'; earliest: string; probability: number }
  | { status: string };

export interface LimitStatusInput {
  metric: Metric;
  used: number | null;
  limit: number | null;
  /** USD per unit beyond the limit; null or undefined when the limit blocks. */
  overageRate?: number | null;
  reach?: ReachWords | null;
  /** Writes a date ("26 Nov"). */
  day: (date: string) => string;
}

export interface LimitStatus {
  metric: Metric;
  tone: LimitTone;
  /** The state in words, without the metric name. */
  words: string;
  /** Share of the limit used, in percent (one decimal). */
  percent: number;
}

/** The state of one limited metric this billing period in words, or null when it has no limit. */
export function limitStatus(i: LimitStatusInput): LimitStatus | null {
  if (i.limit === null || i.used === null) return null;
  const used = i.used;
  const pct = i.limit > 0 ? Math.round((used / i.limit) * 1000) / 10 : used > 0 ? 100 : 0;
  const billed = typeof i.overageRate === 'number';
  const reachedOn = i.reach?.status === 'reached' && 'date' in i.reach ? i.reach.date : null;
  const base = { metric: i.metric, percent: pct };
  if (used >= i.limit) {
    const since = reachedOn ? ` since ${i.day(reachedOn)}` : '';
    if (!billed) return { ...base, tone: 'over', words: `blocked${since} (limit reached)` };
    const extra = used - i.limit;
    return {
      ...base,
      tone: 'over',
      words: `over the limit${since}: ${formatQuantity(i.metric, extra)} billed as overage`,
    };
  }
  const left = i.limit - used;
  const leftWords =
    i.metric === 'storage_mb'
      ? `${formatQuantity(i.metric, left)} left`
      : `${formatAmount(i.metric, METRIC_DEFS[i.metric].whole ? Math.floor(left) : left)} left`;
  if (i.reach?.status === 'expected' && 'date' in i.reach) {
    return {
      ...base,
      tone: 'near',
      words: `${leftWords}, limit expected around ${i.day(i.reach.date)}`,
    };
  }
  if (pct >= NEAR_PCT)
    return { ...base, tone: 'near', words: `${leftWords} (${Math.round(pct)}%)` };
  return { ...base, tone: 'ok', words: `${pct >= 10 ? Math.round(pct) : pct}% used` };
}

export interface BillInput {
  /** Monthly price; null on a contract plan. */
  priceUsd: number | null;
  overage: Partial<Record<Metric, number>>;
  limits: Partial<Record<Metric, number | null>>;
  /** The expected end-of-period value of each metric (forecast point, or used so far). */
  projected: Partial<Record<Metric, number>>;
}

export type Bill =
  { kind: 'contract' } | { kind: 'priced'; baseUsd: number; overageUsd: number; totalUsd: number };

/** The bill the period is heading for: the plan price plus the overage the forecast implies. */
export function projectedBill(i: BillInput): Bill {
  if (i.priceUsd === null) return { kind: 'contract' };
  let overageUsd = 0;
  for (const [m, rate] of Object.entries(i.overage) as [Metric, number][]) {
    const limit = i.limits[m];
    const value = i.projected[m];
    if (typeof limit !== 'number' || value === undefined) continue;
    const units = METRIC_DEFS[m].whole ? Math.round(value) : value;
    overageUsd += Math.max(0, units - limit) * rate;
  }
  overageUsd = Math.round(overageUsd * 100) / 100;
  return {
    kind: 'priced',
    baseUsd: i.priceUsd,
    overageUsd,
    totalUsd: Math.round((i.priceUsd + overageUsd) * 100) / 100,
  };
}
