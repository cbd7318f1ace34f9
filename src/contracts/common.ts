// Pieces every contract shares: the error body, the one `tz` parameter, dates and ids.
import { z } from 'zod';
import { plainText } from '../domain/events.js';
import { METRICS, type Metric } from '../domain/metrics.js';
import { tzParam } from '../domain/zones.js';

/** The one `tz` parameter (declared in the domain, where the history query uses it too). */
export { tzParam };

export const isoDate = z.string().meta({ format: 'date', description: 'A day as YYYY-MM-DD' });
export const isoInstant = z
  .string()
  .meta({ format: 'date-time', description: 'An instant in ISO 8601 with its offset' });

export const metricSchema = z.enum(METRICS).meta({ description: 'A usage metric' });

/** An object with an optional entry per metric (a view may cover only some metrics). */
export const perMetric = <T extends z.ZodType>(value: T) =>
  z.object(
    Object.fromEntries(METRICS.map((m) => [m, value.optional()])) as Record<
      Metric,
      z.ZodOptional<T>
    >,
  );

/** An object with an entry for every metric. */
export const everyMetric = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(METRICS.map((m) => [m, value])) as Record<Metric, T>);

export const idParams = z.strictObject({
  id: plainText(64).meta({ description: 'The id the list or create route returned' }),
});

export const noQuery = z.strictObject({});

export const errorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Machine-readable, e.g. invalid_input, rate_limited' }),
      message: z.string(),
      issues: z
        .array(
          z.object({
            field: z.string(),
            reason: z.string(),
            index: z.number().int().optional(),
          }),
        )
        .optional(),
      requestId: z.string().optional().meta({ description: 'Quote it when reporting a problem' }),
    }),
  })
  .meta({ id: 'Error' });

/** The language of generated sentences and pages (insights, suggestions, the email links' pages): a locale tag; absent or unsupported: English. */
export const langParam = z.string().max(35).optional().meta({
  description:
    'The language of the generated sentences (titles, messages, suggestions), a locale tag ("de", "en-GB"); unsupported or absent: English',
});
