// The query parameters of the history endpoint (and of exports), shared by validation and docs.
import { z } from 'zod';
import { METRICS, isMetric, type Metric } from './metrics.js';
import { PERIODS } from './range.js';
import { timeZoneSchema } from './zones.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

export const historyQuerySchema = z.strictObject({
  period: z.enum(PERIODS).default('30d'),
  from: date.optional(),
  to: date.optional(),
  metrics: z
    .string()
    .max(500)
    .optional()
    .transform((s, ctx) => {
      if (!s) return [...METRICS] as Metric[];
      const names = s.split(',').map((x) => x.trim());
      const unknown = names.filter((n) => !isMetric(n));
      if (unknown.length) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown metric(s): ${unknown.join(', ')}; known: ${METRICS.join(', ')}`,
        });
        return z.NEVER;
      }
      return [...new Set(names)] as Metric[];
    }),
  groupBy: z.enum(['hour', 'day', 'week', 'month']).default('day'),
  tz: timeZoneSchema.optional(),
});

export type HistoryQuery = z.output<typeof historyQuerySchema>;
