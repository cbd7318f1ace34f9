// Plans and their limits. A null limit means unlimited; a null price means a contract price.
import type { Metric } from './metrics.js';

export type PlanLimits = Partial<Record<Metric, number | null>>;

export interface Plan {
  name: string;
  displayName: string;
  /** Monthly price in USD; null for contract pricing. */
  priceUsd: number | null;
  limits: PlanLimits;
  /** Price per unit beyond the limit, per metric; a metric absent here is a hard limit. */
  overage: Partial<Record<Metric, number>>;
  sortOrder: number;
  /** ISO 4217 code of the price and overage rates (the catalogue's `currency`); USD when absent. */
  currency?: string;
}

/** Returns the limit of a metric on a plan: a number, or null when unlimited or not limited. */
export function limitOf(plan: Pick<Plan, 'limits'>, metric: Metric): number | null {
  const v = plan.limits[metric];
  return typeof v === 'number' ? v : null;
}
