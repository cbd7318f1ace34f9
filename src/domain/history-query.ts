// The query parameters of the history endpoint (and of exports), shared by validation and docs.
import { z } from 'zod';
import { METRIC_ALIASES, METRICS, resolveMetric, type Metric } from './metrics.js';
import { GROUP_BYS, MAX_HOURLY_DAYS, PERIODS } from './periods.js';
import { tzParam } from './zones.js';
import { plainText } from './events.js';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .meta({ format: 'date' });

export const historyQuerySchema = z.strictObject({
  period: z
    .enum(PERIODS)
    .default('30d')
    .meta({ description: 'A named range ending today in the zone, or custom with from and to' }),
  from: date.optional().meta({ description: 'First day of a custom range' }),
  to: date.optional().meta({ description: 'Last day of a custom range (included)' }),
  metrics: z
    .string()
    .max(500)
    .optional()
    .transform((s, ctx) => {
      if (!s) return [...METRICS] as Metric[];
      const names = s.split(',').map((x) => x.trim());
      const unknown = names.filter((n) => resolveMetric(n) === null);
      if (unknown.length) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown metric(s): ${unknown.join(', ')}; known: ${METRICS.join(', ')}`,
        });
        return z.NEVER;
      }
      return [...new Set(names.map((n) => resolveMetric(n)!))];
    })
    .meta({
      description:
        `Comma-separated metrics (default all): ${METRICS.join(', ')}. ` +
        `Also accepted (answered under the names above): ${Object.entries(METRIC_ALIASES)
          .map(([alias, m]) => `${alias} (${m})`)
          .join(', ')}`,
    }),
  groupBy: z
    .enum(GROUP_BYS)
    .default('day')
    .meta({ description: `Bucket size; hour covers at most ${MAX_HOURLY_DAYS} days` }),
  tz: tzParam,
  client: plainText(256)
    .optional()
    .meta({
      description:
        "Only this client's usage (the events' clientId). The summed metrics are kept per client; " +
        'storage_mb, unique_clients and concurrent_sessions_peak are null in a filtered answer',
    }),
});

export type HistoryQuery = z.output<typeof historyQuerySchema>;
