// Result types of plan advice, cost suggestions and the efficiency score.
import type { Metric } from '../domain/metrics.js';
import type { Availability, DateRange } from './types.js';

export interface PlanBlocker {
  metric: Metric;
  limit: number;
  /** 90th percentile of the month of demand. */
  p90Demand: number;
  /** Median of the month of demand: above the limit, a block is likely rather than possible. */
  medianDemand: number;
}

export interface OverageCost {
  metric: Metric;
  ratePerUnitUsd: number;
  expectedUnits: number;
  expectedUsd: number;
}

export interface PlanCost {
  plan: string;
  displayName: string;
  /** null: contract price. */
  priceUsd: number | null;
  /** Mean overage cost under the forecast distribution of a month of demand. */
  expectedOverageUsd: number;
  /** Price plus expected overage; null for a contract price. */
  expectedCostUsd: number | null;
  /** True when no hard limit is exceeded at the 90th percentile of demand. */
  covers: boolean;
  blockers: PlanBlocker[];
  overage: OverageCost[];
}

export type PlanAdvice = Availability<{
  currentPlan: string;
  /** Lowest expected cost among plans that cover the forecast; null when none does. */
  recommended: string | null;
  /** The recommendation is a contract plan (no list price): talk to sales. */
  contactSales: boolean;
  reason: string;
  plans: PlanCost[];
  /** Current expected cost minus the recommended one (negative: covering the forecast costs more). */
  savingUsd: number | null;
  confidence: number;
  window: DateRange;
  /** Some demand comes from a short-history run rate: the advice is tentative. */
  tentative: boolean;
}>;

export type SuggestionType =
  'downgrade' | 'upgrade' | 'avoid-block' | 'storage-cleanup' | 'contact-sales';

export interface Suggestion {
  type: SuggestionType;
  title: string;
  message: string;
  /** The numbers behind the suggestion. */
  evidence: Record<string, number | string | null>;
  monthlySavingUsd: number | null;
  /** The title and message in each other language (analysis only; never on the wire). */
  texts?: Partial<Record<string, { title: string; message: string }>>;
}

export interface ScoreComponent {
  name: 'planFit' | 'costFit' | 'featureUse';
  weight: number;
  /** 0..1, or null when the data cannot say (it then drops out and the weights are renormalised). */
  value: number | null;
  detail: string;
}

export type EfficiencyScore = Availability<{
  score: number;
  components: ScoreComponent[];
  formula: string;
  /** Each component's detail and the formula in each other language (analysis only; never on the wire). */
  texts?: Partial<Record<string, { details: string[]; formula: string }>>;
}>;
