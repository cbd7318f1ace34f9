// What usage costs: the accrued cost of a billing period so far, the projected bill with its 80%
// interval, each past month's cost on the plan in force then, and cost per session and per audio
// minute. Every bill is projectedBill's (limit-status.ts): plan price plus overage beyond the
// limits, so the strip, the cost panel, the reports and the budget alerts agree to the cent.
import { projectedBill, type Bill } from './limit-status.js';
import type { Metric } from './metrics.js';
import { toCents } from './money.js';
import type { Plan } from './plans.js';

/** What a bill needs of a plan: its price, limits and overage rates. */
export type PricedPlan = Pick<Plan, 'priceUsd' | 'limits' | 'overage'>;

export type Usage = Partial<Record<Metric, number | null>>;

const numbers = (u: Usage): Partial<Record<Metric, number>> =>
  Object.fromEntries(Object.entries(u).filter(([, v]) => typeof v === 'number')) as Partial<
    Record<Metric, number>
  >;

/** The bill of a period for the usage so far (a month to date, or a whole past month). */
export function billFor(plan: PricedPlan, used: Usage): Bill {
  return projectedBill({
    priceUsd: plan.priceUsd,
    overage: plan.overage,
    limits: plan.limits,
    projected: numbers(used),
  });
}

export interface ProjectedCost {
  point: Bill;
  /** The bills at the low and high ends of the forecast's 80% interval. */
  low: Bill;
  high: Bill;
}

export interface MetricProjection {
  used: number | null;
  /** null: no forecast for the metric (the period ends at what is used). */
  point: number | null;
  lower80: number | null;
  upper80: number | null;
}

/**
 * The bill the period is heading for and its 80% interval: each metric at the forecast's point and
 * at its 80% bounds, never below what is already used. A bill grows with every metric, so the
 * bills at the lower and upper bounds bracket the bill at the point.
 */
export function projectedCost(
  plan: PricedPlan,
  metrics: Partial<Record<Metric, MetricProjection>>,
): ProjectedCost {
  const at = (pick: (p: MetricProjection) => number | null): Usage => {
    const out: Usage = {};
    for (const [m, p] of Object.entries(metrics) as [Metric, MetricProjection][]) {
      const v = pick(p) ?? p.used;
      if (v !== null) out[m] = Math.max(v, p.used ?? 0);
    }
    return out;
  };
  return {
    point: billFor(
      plan,
      at((p) => p.point),
    ),
    low: billFor(
      plan,
      at((p) => p.lower80),
    ),
    high: billFor(
      plan,
      at((p) => p.upper80),
    ),
  };
}

export interface MonthUsage {
  /** yyyy-mm */
  month: string;
  /** The plan in force at the month's end with the limits recorded then; null before any usage. */
  plan: (PricedPlan & { name: string; displayName: string }) | null;
  usage: Usage;
  /** false for the current month (its cost is the accrued cost so far). */
  complete: boolean;
}

export interface MonthCost {
  month: string;
  plan: string | null;
  planName: string | null;
  complete: boolean;
  /** null on a contract plan (no list price) or without a plan. */
  base: number | null;
  overage: number | null;
  total: number | null;
  sessions: number;
  audioMinutes: number;
  /** total / sessions and total / audio minutes; null without either. */
  perSession: number | null;
  perAudioMinute: number | null;
}

const per = (total: number | null, n: number, digits: number): number | null =>
  total === null || n <= 0 ? null : Math.round((total / n) * 10 ** digits) / 10 ** digits;

/** Each month's bill on the plan in force then, with its cost per session and per audio minute. */
export function monthCosts(months: readonly MonthUsage[]): MonthCost[] {
  return months.map((m) => {
    const bill = m.plan ? billFor(m.plan, m.usage) : null;
    const priced = bill?.kind === 'priced' ? bill : null;
    const sessions = m.usage.sessions ?? 0;
    const audioMinutes = m.usage.audio_minutes ?? 0;
    const total = priced ? priced.totalUsd : null;
    return {
      month: m.month,
      plan: m.plan?.name ?? null,
      planName: m.plan?.displayName ?? null,
      complete: m.complete,
      base: priced ? priced.baseUsd : null,
      overage: priced ? priced.overageUsd : null,
      total,
      sessions,
      audioMinutes: toCents(audioMinutes),
      perSession: per(total, sessions, 4),
      perAudioMinute: per(total, audioMinutes, 4),
    };
  });
}
