// Patterns and comparisons on the wire: the result types of src/analytics/types-patterns.ts and
// types-comparisons.ts.
import { z } from 'zod';
import { range, unavailable } from './analytics-parts.js';
import { isoDate, metricSchema, perMetric } from './common.js';

export const weekdayHourHeatmapSchema = z.object({
  metric: metricSchema,
  weekdays: z.array(z.string()),
  hours: z.array(z.number()),
  cells: z.array(z.array(z.number())),
  samples: z.array(z.array(z.number())),
  max: z.number(),
});

export const calendarHeatmapSchema = z.object({
  metric: metricSchema,
  range,
  days: z.array(z.object({ date: isoDate, value: z.number().nullable(), weekday: z.number() })),
  max: z.number(),
});

const direction = z.enum(['up', 'down', 'stable']);

export const trendIndicatorSchema = z.union([
  z.object({
    available: z.literal(true),
    direction,
    changePctPerPeriod: z.number(),
    periods: z.number(),
  }),
  unavailable,
]);

const slotMean = z.object({
  slot: z.number(),
  label: z.string(),
  mean: z.number(),
  total: z.number(),
  samples: z.number(),
});
const profile = z.object({
  metric: metricSchema,
  slots: z.array(slotMean),
  peak: slotMean.nullable(),
});

export const weeklyTrendSchema = z.object({
  metric: metricSchema,
  weeks: z.array(
    z.object({
      week: z.string(),
      start: isoDate,
      end: isoDate,
      value: z.number(),
      days: z.number(),
      complete: z.boolean(),
    }),
  ),
  trend: trendIndicatorSchema,
});

export const monthlySummariesSchema = z.object({
  metric: metricSchema,
  months: z.array(
    z.object({
      month: z.string(),
      value: z.number(),
      dailyMean: z.number(),
      peak: z.object({ date: isoDate, value: z.number() }).nullable(),
      activeDays: z.number(),
      days: z.number(),
      complete: z.boolean(),
    }),
  ),
  trend: trendIndicatorSchema,
});

export const seasonalSchema = z.union([
  z.object({
    available: z.literal(true),
    metric: metricSchema,
    months: z.array(
      z.object({ month: z.number(), label: z.string(), index: z.number(), years: z.number() }),
    ),
    monthsOfHistory: z.number(),
    peakMonth: z.number(),
    lowMonth: z.number(),
    method: z.string(),
  }),
  unavailable,
]);

export const metricPatternsSchema = z.object({
  metric: metricSchema,
  dayOfWeek: profile,
  hourOfDay: profile.nullable(),
  heatmap: weekdayHourHeatmapSchema.nullable(),
  calendar: calendarHeatmapSchema,
  weekly: weeklyTrendSchema,
  monthly: monthlySummariesSchema,
  seasonal: seasonalSchema,
});

export const periodValueSchema = range.extend({ days: z.number(), value: z.number() });
export const periodChangeSchema = z.union([
  z.object({
    available: z.literal(true),
    current: periodValueSchema,
    previous: periodValueSchema,
    change: z.number(),
    changePct: z.number().nullable(),
    direction,
  }),
  unavailable,
]);

export const comparisonsSchema = z.object({
  monthOverMonth: z.array(
    z.object({
      metric: metricSchema,
      monthToDate: periodChangeSchema,
      fullMonth: periodChangeSchema,
    }),
  ),
  yearOverYear: z.array(z.object({ metric: metricSchema, comparison: periodChangeSchema })),
  limits: z.object({
    plan: z.string(),
    period: range,
    metrics: z.array(
      z.object({
        metric: metricSchema,
        kind: z.enum(['total', 'level']),
        used: z.number(),
        limit: z.number().nullable(),
        remaining: z.number().nullable(),
        pct: z.number().nullable(),
        status: z.enum(['ok', 'warning', 'limit-reached', 'unlimited']),
        overage: z.enum(['billed', 'blocked']).nullable(),
      }),
    ),
  }),
  utilization: z.object({
    months: z.array(
      z.object({
        month: z.string(),
        plan: z.string(),
        complete: z.boolean(),
        pct: perMetric(z.number().nullable()),
        binding: z.object({ metric: metricSchema, pct: z.number() }).nullable(),
      }),
    ),
    trend: trendIndicatorSchema,
  }),
});
