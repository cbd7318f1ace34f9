// Shapes of the analysis the analytics views carry: the result types of src/analytics on the wire
// (get-analytics.ts returns this type, so a drift between the two does not compile).
import { z } from 'zod';
import { isoDate, metricSchema } from './common.js';

export const range = z.object({ from: isoDate, to: isoDate });
export const unavailable = z.object({ available: z.literal(false), reason: z.string() });
const bounds = z.object({ lower: z.number(), upper: z.number() });

/** The sessions limit stops usage inside sessions from this day (half the paths). */
const stoppedBy = z.object({ metric: metricSchema, date: isoDate });

export const limitReachSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unlimited') }),
  z.object({ status: z.literal('reached'), date: isoDate }),
  z.object({
    status: z.literal('expected'),
    date: isoDate,
    earliest: isoDate,
    latest: isoDate.nullable(),
    probability: z.number(),
  }),
  z.object({
    status: z.literal('possible'),
    earliest: isoDate,
    probability: z.number(),
    stoppedBy: stoppedBy.optional(),
  }),
  z.object({
    status: z.literal('notExpected'),
    periodEnd: isoDate,
    probability: z.number(),
    stoppedBy: stoppedBy.optional(),
  }),
]);

export const dailyForecastSchema = z.object({
  date: isoDate,
  point: z.number(),
  lower80: z.number(),
  upper80: z.number(),
  lower95: z.number(),
  upper95: z.number(),
});

export const metricForecastSchema = z.object({
  available: z.literal(true),
  metric: metricSchema,
  kind: z.enum(['total', 'level']),
  method: z.string(),
  note: z.string().optional(),
  historyDays: z.number(),
  outliersReplaced: z.number(),
  period: range.extend({ daysElapsed: z.number(), daysRemaining: z.number() }),
  toDate: z.number(),
  projected: z
    .object({ point: z.number(), p80: bounds, p95: bounds })
    .meta({ description: 'Demand at the current pace: the period total if nothing were refused' }),
  billable: z.object({ point: z.number(), p80: bounds, p95: bounds }).optional().meta({
    description:
      'What the platform will let through: usage stopped at a hard limit (its own, or the sessions limit for usage inside sessions); present only where one applies',
  }),
  limit: z.number().nullable(),
  limitReach: limitReachSchema,
  daily: z.array(dailyForecastSchema),
  demand: z.object({ window: range, mean: z.number(), percentiles: z.array(z.number()) }),
});

export const metricForecastResultSchema = z.union([
  metricForecastSchema,
  unavailable.extend({ metric: metricSchema }),
]);

export const planCostSchema = z.object({
  plan: z.string(),
  displayName: z.string(),
  priceUsd: z.number().nullable(),
  expectedOverageUsd: z.number(),
  expectedCostUsd: z.number().nullable(),
  covers: z.boolean(),
  blockers: z.array(
    z.object({
      metric: metricSchema,
      limit: z.number(),
      p90Demand: z.number(),
      medianDemand: z.number(),
    }),
  ),
  overage: z.array(
    z.object({
      metric: metricSchema,
      ratePerUnitUsd: z.number(),
      expectedUnits: z.number(),
      expectedUsd: z.number(),
    }),
  ),
});

export const planAdviceSchema = z.union([
  z.object({
    available: z.literal(true),
    currentPlan: z.string(),
    recommended: z.string().nullable(),
    contactSales: z.boolean(),
    reason: z.string(),
    plans: z.array(planCostSchema),
    savingUsd: z.number().nullable(),
    confidence: z.number(),
    window: range,
    tentative: z.boolean(),
  }),
  unavailable,
]);

const evidence = z.record(z.string(), z.union([z.number(), z.string(), z.null()]));

export const suggestionSchema = z.object({
  type: z.enum(['downgrade', 'upgrade', 'avoid-block', 'storage-cleanup', 'contact-sales']),
  title: z.string(),
  message: z.string(),
  evidence,
  monthlySavingUsd: z.number().nullable(),
});

export const efficiencySchema = z.union([
  z.object({
    available: z.literal(true),
    score: z.number(),
    components: z.array(
      z.object({
        name: z.enum(['planFit', 'costFit', 'featureUse']),
        weight: z.number(),
        value: z.number().nullable(),
        detail: z.string(),
      }),
    ),
    formula: z.string(),
  }),
  unavailable,
]);

export const anomalySchema = z.object({
  index: z.number().int(),
  time: z.union([z.string(), z.number(), z.null()]),
  value: z.number(),
  expected: z.number(),
  lower: z.number(),
  upper: z.number(),
  direction: z.enum(['spike', 'dip']),
  severity: z.enum(['low', 'medium', 'high']),
  score: z.number(),
});

export const metricAnomaliesSchema = z.object({
  metric: metricSchema,
  granularity: z.enum(['day', 'hour']),
  anomalies: z.array(anomalySchema),
  method: z.string(),
  season: z.number().nullable(),
  threshold: z.number(),
  alarm: z.number().meta({ description: 'The score from which an anomaly raises an alert' }),
  scale: z.number(),
  transform: z.enum(['none', 'sqrt', 'log']),
  note: z.string().optional(),
  refusedDays: z
    .number()
    .int()
    .optional()
    .meta({ description: 'Days a hard limit refused usage: neither judged nor judged against' }),
});

export const cohortSchema = z.object({
  n: z.number().int(),
  p25: z.number(),
  p50: z.number(),
  p75: z.number(),
  p90: z.number(),
});

export const peerComparisonSchema = z.union([
  z.object({
    available: z.literal(true),
    value: z.number(),
    percentile: z.number(),
    bound: z.enum(['interpolated', 'at-least']),
    position: z.enum(['below-typical', 'typical', 'above-typical', 'top-10-percent']),
    cohort: cohortSchema,
    method: z.string(),
  }),
  unavailable,
]);

export const insightSchema = z.object({
  id: z.string(),
  type: z.enum([
    'limit',
    'cost',
    'anomaly',
    'trend',
    'utilization',
    'feature',
    'pattern',
    'best-practice',
  ]),
  severity: z.enum(['critical', 'warning', 'info']),
  title: z.string(),
  message: z.string(),
  suggestion: z.string().nullable(),
  evidence,
  range,
});
