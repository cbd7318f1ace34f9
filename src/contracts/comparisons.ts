// Comparisons and patterns on screen (issue 17 §3): the range against the same weekdays a year
// earlier, annual totals with growth, month over month, seasonal variation and the weekly trend.
import { z } from 'zod';
import { historyQuerySchema } from '../domain/history-query.js';
import { range, unavailable } from './analytics-parts.js';
import {
  periodChangeSchema,
  periodValueSchema,
  seasonalSchema,
  trendIndicatorSchema,
  weeklyTrendSchema,
} from './analytics-patterns.js';
import { isoDate, metricSchema } from './common.js';
import { contract } from './route.js';
import { historyResponse } from './usage.js';

export const comparisonsQuerySchema = historyQuerySchema;
export type ComparisonsQuery = z.output<typeof comparisonsQuerySchema>;

const alignedBucket = z.object({
  from: isoDate,
  to: isoDate,
  days: z
    .number()
    .meta({ description: 'Days of the range in the bucket (fewer at a partial end)' }),
  value: z.number(),
  previous: z.number().nullable().meta({
    description: 'The same days 364 days earlier; null where the history does not reach back',
  }),
  previousFrom: isoDate,
  previousTo: isoDate,
  changePct: z.number().nullable(),
});

const growth = z.union([
  z.object({
    available: z.literal(true),
    previous: periodValueSchema,
    change: z.number(),
    changePct: z.number().nullable(),
    basis: z.enum(['full-year', 'same-dates']).meta({
      description:
        'full-year: two complete years; same-dates: this year so far against the same calendar dates a year earlier',
    }),
  }),
  unavailable,
]);

const monthChange = z.object({
  month: z.string(),
  value: z.number(),
  days: z.number(),
  complete: z.boolean(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
  changePct: z.number().nullable(),
});

export const metricComparisonsSchema = z.object({
  metric: metricSchema,
  yearOverYear: z.object({
    metric: metricSchema,
    comparison: periodChangeSchema.meta({
      description:
        'Complete days of the range (today left out) against the same weekdays 364 days earlier',
    }),
    buckets: z.array(alignedBucket),
  }),
  annual: z.object({
    metric: metricSchema,
    years: z.array(
      range.extend({
        year: z.number(),
        days: z.number(),
        complete: z.boolean(),
        value: z.number(),
        growth,
      }),
    ),
  }),
  monthOverMonth: z.object({
    metric: metricSchema,
    months: z.array(monthChange),
    monthToDate: periodChangeSchema,
    fullMonth: periodChangeSchema,
    trend: trendIndicatorSchema,
  }),
  seasonal: seasonalSchema,
  weekly: weeklyTrendSchema,
});

export const comparisonsResponse = z
  .object({
    today: isoDate,
    zone: z.string(),
    period: historyResponse.shape.period,
    historyStart: isoDate.nullable().meta({
      description: 'First local day with usage; null when there is none yet',
    }),
    metrics: z.array(metricComparisonsSchema),
  })
  .meta({ id: 'Comparisons' });
export type ComparisonsResponse = z.output<typeof comparisonsResponse>;

export const comparisonContracts = {
  comparisons: contract({
    method: 'GET',
    url: '/api/usage/comparisons',
    operationId: 'getComparisons',
    summary:
      'The range against the same weekdays a year earlier, annual totals with growth, month over month, seasonal variation and the weekly trend',
    tag: 'Analytics',
    scope: 'read',
    querystring: comparisonsQuerySchema,
    response: { 200: comparisonsResponse },
  }),
};
