// The operator console's routes (service scope): the story's success metrics with targets, the
// upgrade and risk lists (JSON and CSV), ingestion and rollup health, and a user's read-only view.
import { z } from 'zod';
import { userIdSchema } from '../domain/events.js';
import { isoInstant, langParam } from './common.js';
import { contract } from './route.js';

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM')
  .meta({ description: 'A UTC month as YYYY-MM' });

export const successMetricSchema = z.object({
  id: z.string(),
  label: z.string(),
  group: z.enum(['engagement', 'performance', 'business']),
  value: z.number().nullable().meta({ description: 'null: nothing measured this month' }),
  unit: z.enum(['percent', 'minutes', 'ms', 'seconds', 'users']),
  target: z.number(),
  direction: z.enum(['min', 'max']).meta({ description: 'min: at least the target; max: at most' }),
  met: z.boolean().nullable(),
  basis: z.string().meta({ description: 'The numbers behind the value' }),
});
const monthMetrics = z.object({ month: z.string(), metrics: z.array(successMetricSchema) });
const percentiles = z.object({
  n: z.number().int().meta({ description: 'Timings recorded that day' }),
  p50: z.number().nullable(),
  p75: z.number().nullable(),
  p95: z.number().nullable(),
});
export const dayPerformanceSchema = z.object({
  day: z.string().meta({ description: 'A UTC day, YYYY-MM-DD' }),
  firstChartMs: percentiles.meta({ description: 'Navigation to the first chart drawn, in ms' }),
  apiMs: percentiles.meta({ description: 'API calls as the browser timed them, in ms' }),
});
export const successMetricsResponse = monthMetrics.extend({
  trend: z
    .array(monthMetrics)
    .meta({ description: 'The same for this month and the 5 before, oldest first' }),
  performance: z.array(dayPerformanceSchema).meta({
    description: "Real-user performance of the month's days with timings, oldest first",
  }),
});
export type SuccessMetricsResponse = z.output<typeof successMetricsResponse>;

const num = z.number();
export const upgradeRowSchema = z.object({
  userId: z.string(),
  plan: z.string(),
  metric: z.string(),
  monthToDate: num,
  projected: num,
  limit: num,
  projectedPct: num,
  expectedOverageUsd: num,
  blockedUnits: num,
  suggestedPlan: z.string().nullable(),
});
export const downgradeRowSchema = z.object({
  userId: z.string(),
  plan: z.string(),
  priceUsd: num,
  peakUtilizationPct: num,
  cheaperPlan: z.string(),
  cheaperPriceUsd: num,
  savingUsd: num,
  fullMonths: z.number().int(),
});
export const declineRowSchema = z.object({
  userId: z.string(),
  plan: z.string(),
  metric: z.string(),
  previous30: num,
  last30: num,
  changePct: num,
});
export const operatorListsResponse = z.object({
  month: z.string(),
  daysElapsed: num,
  daysInMonth: z.number().int(),
  upgrade: z.array(upgradeRowSchema).meta({
    description: 'Forecast (month-to-date pace) reaches a limit this month; by expected overage',
  }),
  downgrade: z
    .array(downgradeRowSchema)
    .meta({ description: 'Busiest recent month fits a cheaper plan with 25% room' }),
  declining: z
    .array(declineRowSchema)
    .meta({ description: 'A main metric fell 50% or more on the 30 days before' }),
});
export type OperatorListsResponse = z.output<typeof operatorListsResponse>;

export const opsHealthResponse = z.object({
  at: isoInstant,
  eventsPerMinute: z.number().int().meta({ description: 'Accepted, mean of the last 5 minutes' }),
  rollupLagSeconds: z.number().int(),
  minutes: z.array(z.object({ at: isoInstant, events: z.number().int(), rollupLagSeconds: num })),
  jobs: z.array(z.object({ name: z.string(), status: z.string(), n: z.number().int() })),
  failedJobs: z.array(
    z.object({
      name: z.string(),
      failed: z.number().int(),
      lastAt: isoInstant,
      lastError: z.string().nullable(),
    }),
  ),
});
export type OpsHealthResponse = z.output<typeof opsHealthResponse>;

export const adminContracts = {
  successMetrics: contract({
    method: 'GET',
    url: '/api/admin/metrics',
    operationId: 'successMetrics',
    summary: "The story's success metrics for a month with their targets and a 6-month trend",
    tag: 'Operator',
    scope: 'ingest',
    querystring: z.strictObject({
      month: month.optional().meta({
        description: 'Default: this UTC month to date; on its first day, the month before',
      }),
      lang: langParam,
    }),
    response: { 200: successMetricsResponse },
  }),
  operatorLists: contract({
    method: 'GET',
    url: '/api/admin/lists',
    operationId: 'operatorLists',
    summary: 'Upgrade candidates, downgrade candidates and users whose usage fell sharply',
    tag: 'Operator',
    scope: 'ingest',
    response: { 200: operatorListsResponse },
  }),
  operatorListCsv: contract({
    method: 'GET',
    url: '/api/admin/lists/:list/csv',
    operationId: 'operatorListCsv',
    summary: 'One of the lists as CSV, with the numbers behind each row',
    tag: 'Operator',
    scope: 'ingest',
    params: z.strictObject({
      list: z.enum(['upgrade', 'downgrade', 'declining']).meta({ description: 'Which list' }),
    }),
    response: { 200: z.string().meta({ format: 'binary' }) },
    produces: ['text/csv'],
  }),
  opsHealth: contract({
    method: 'GET',
    url: '/api/admin/health',
    operationId: 'opsHealth',
    summary: 'Ingestion and rollup health: events per minute, rollup lag, jobs, failures',
    tag: 'Operator',
    scope: 'ingest',
    response: { 200: opsHealthResponse },
  }),
  viewUser: contract({
    method: 'POST',
    url: '/api/admin/users/:id/view',
    operationId: 'viewUserReadOnly',
    summary: "A 15-minute read-only token that opens a user's dashboard",
    tag: 'Operator',
    scope: 'ingest',
    params: z.strictObject({ id: userIdSchema.meta({ description: "The platform's user id" }) }),
    response: { 200: z.object({ token: z.string(), userId: z.string(), expiresAt: isoInstant }) },
  }),
};
