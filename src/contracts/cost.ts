// Cost (accrued, projected, by month), the spend budget, and feature utilization with best practices.
import { z } from 'zod';
import { insightSchema } from './analytics-parts.js';
import { isoDate, langParam, tzParam } from './common.js';
import { contract } from './route.js';

const money = z.number().meta({ description: 'An amount in `currency`' });

const billSchema = z.object({
  base: money.meta({ description: 'The plan price' }),
  overage: money,
  total: money,
});

const budgetView = z.object({
  amount: money.meta({ description: 'The monthly budget' }),
  thresholds: z.array(z.number()),
  forecast: z.boolean(),
});

export const costResponse = z
  .object({
    currency: z
      .string()
      .meta({ description: 'ISO 4217 code of every amount, from the plan catalogue' }),
    period: z.object({ from: isoDate, to: isoDate, tz: z.string() }),
    plan: z.object({ name: z.string(), displayName: z.string(), contract: z.boolean() }),
    accrued: billSchema.nullable().meta({
      description:
        'Cost so far this billing period: plan price plus overage used; null on a contract plan',
    }),
    projected: z
      .object({
        level: z.number().meta({ description: 'Level of the interval (0.8)' }),
        point: billSchema,
        low: billSchema,
        high: billSchema,
      })
      .nullable()
      .meta({
        description:
          'The bill the period is heading for and its 80% interval; null without a forecast or on a contract plan',
      }),
    budget: budgetView.nullable(),
    months: z
      .array(
        z.object({
          month: z.string().meta({ description: 'yyyy-mm in the user zone' }),
          plan: z.string().nullable(),
          planName: z.string().nullable(),
          complete: z.boolean(),
          base: money.nullable(),
          overage: money.nullable(),
          total: money.nullable(),
          sessions: z.number(),
          audioMinutes: z.number(),
          perSession: money.nullable(),
          perAudioMinute: money.nullable(),
        }),
      )
      .meta({
        description: '12 billing months, oldest first, each on the plan in force at its end',
      }),
  })
  .meta({ id: 'Cost' });
export type CostView = z.output<typeof costResponse>;

export const budgetBodySchema = z.strictObject({
  amount: z
    .number()
    .min(0.01)
    .max(1_000_000_000)
    .nullable()
    .meta({ description: 'Monthly budget in the plan currency; null removes the budget' }),
  thresholds: z
    .array(z.number().int().min(1).max(1000))
    .min(1)
    .max(5)
    .optional()
    .meta({ description: 'Percentages of the budget that raise an alert (default [80, 100])' }),
  forecast: z
    .boolean()
    .optional()
    .meta({ description: 'Alert when the projected bill is over the budget (default true)' }),
});
export type BudgetBody = z.output<typeof budgetBodySchema>;

const capabilitySchema = z.object({
  capability: z.string(),
  label: z.string(),
  used: z.number().meta({ description: 'This billing period so far (storage: the level now)' }),
  lastMonth: z.number().nullable().meta({ description: 'The last complete month' }),
  limit: z.number().nullable(),
  included: z.enum(['limited', 'unlimited', 'not-limited', 'not-included']),
  sharePct: z.number().nullable().meta({ description: 'used / limit, percent' }),
  lastMonthSharePct: z.number().nullable(),
  trend: z.enum(['up', 'down', 'stable']),
  changePct: z
    .number()
    .nullable()
    .meta({ description: 'Last 30 complete days against the 30 before' }),
  last30Days: z.number(),
  months: z.array(z.object({ month: z.string(), value: z.number() })),
  paidUnused: z
    .boolean()
    .meta({ description: 'Included in a paid plan and not used in the last 30 days' }),
});

export const featuresResponse = z
  .object({
    plan: z.object({ name: z.string(), displayName: z.string(), paid: z.boolean() }),
    period: z.object({ from: isoDate, to: isoDate, tz: z.string() }),
    capabilities: z.array(capabilitySchema),
    unused: z
      .array(z.string())
      .meta({ description: 'Capabilities paid for and not used in the last 30 days' }),
    practices: z
      .array(insightSchema)
      .meta({ description: 'Best practices that apply, each with its evidence' }),
  })
  .meta({ id: 'Features' });
export type FeaturesView = z.output<typeof featuresResponse>;

export const costContracts = {
  cost: contract({
    method: 'GET',
    url: '/api/usage/cost',
    operationId: 'getCost',
    summary:
      'Accrued cost this billing period, the projected bill with its 80% interval, 12 months of cost and the spend budget',
    tag: 'Usage',
    scope: 'read',
    querystring: z.strictObject({ tz: tzParam }),
    response: { 200: costResponse },
  }),
  updateBudget: contract({
    method: 'PUT',
    url: '/api/usage/budget',
    operationId: 'updateBudget',
    summary: 'Set or remove the monthly spend budget and its alerts',
    tag: 'Alerts',
    scope: 'read',
    body: budgetBodySchema,
    response: { 200: z.object({ budget: budgetView.nullable(), currency: z.string() }) },
  }),
  features: contract({
    method: 'GET',
    url: '/api/usage/features',
    operationId: 'getFeatureUse',
    summary:
      'Use of each capability of the plan, its trend and share of the plan, and best practices with evidence',
    tag: 'Usage',
    scope: 'read',
    querystring: z.strictObject({ tz: tzParam, lang: langParam }),
    response: { 200: featuresResponse },
  }),
};
