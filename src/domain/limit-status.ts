// The billing period in words: each limited metric's state ("blocked since 26 Nov", "4 left,
// limit expected around 30 Nov", "65%") and the bill the period is heading for.
import { EN_WORDS, type Words } from './i18n/words.js';
import { METRIC_DEFS, type Metric } from './metrics.js';

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
  /** The language of the words (English when absent). */
  words?: Words;
}

export interface LimitStatus {
  metric: Metric;
  tone: LimitTone;
  /** The state in words, without the metric name. */
  words: string;
  /** Share of the limit used, in percent (one decimal). */
  percent: number;
  /**
   * Why a limit warns: 'near' when this much is used already (at or above NEAR_PCT), 'expected'
   * when only the forecast says it will be reached this period; null when it does not warn.
   */
  reason: 'near' | 'expected' | null;
}

/** The state of one limited metric this billing period in words (in `words`, else English), or null when it has no limit. */
export function limitStatus(i: LimitStatusInput): LimitStatus | null {
  const w = i.words ?? EN_WORDS;
  if (i.limit === null || i.used === null) return null;
  const used = i.used;
  const pct = i.limit > 0 ? Math.round((used / i.limit) * 1000) / 10 : used > 0 ? 100 : 0;
  const billed = typeof i.overageRate === 'number';
  const reachedOn = i.reach?.status === 'reached' && 'date' in i.reach ? i.reach.date : null;
  const base = { metric: i.metric, percent: pct, reason: null };
  if (used >= i.limit) {
    const since = reachedOn ? w.t('limitStatus.since', { date: i.day(reachedOn) }) : '';
    if (!billed) return { ...base, tone: 'over', words: w.t('limitStatus.blocked', { since }) };
    const extra = w.qty(used - i.limit, i.metric);
    return { ...base, tone: 'over', words: w.t('limitStatus.overage', { since, extra }) };
  }
  const left = i.limit - used;
  const leftWords = w.t('limitStatus.left', {
    amount:
      i.metric === 'storage_mb'
        ? w.qty(left, i.metric)
        : w.amount(METRIC_DEFS[i.metric].whole ? Math.floor(left) : left, i.metric),
  });
  const reason = pct >= NEAR_PCT ? 'near' : 'expected';
  if (i.reach?.status === 'expected' && 'date' in i.reach) {
    const date = i.day(i.reach.date);
    const words = w.t('limitStatus.expected', { left: leftWords, date });
    return { ...base, tone: 'near', reason, words };
  }
  if (pct >= NEAR_PCT) {
    const words = w.t('limitStatus.near', { left: leftWords, pct: w.num(Math.round(pct)) });
    return { ...base, tone: 'near', reason: 'near', words };
  }
  return {
    ...base,
    tone: 'ok',
    words: w.t('limitStatus.used', { pct: w.num(pct >= 10 ? Math.round(pct) : pct) }),
  };
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
