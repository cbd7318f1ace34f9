// Ingestion, history, month-to-date and raw events.
import { z } from 'zod';
import { historyQuerySchema } from '../domain/history-query.js';
import { GROUP_BYS } from '../domain/periods.js';
import { ingestBodySchema } from '../domain/events.js';
import { everyMetric, isoDate, isoInstant, metricSchema, perMetric, tzParam } from './common.js';
import { contract } from './route.js';

const value = z.number().nullable();
const range = z.object({ from: isoDate, to: isoDate });

export const trendSchema = z.enum(['up', 'down', 'stable']);

export const historyResponse = z
  .object({
    period: range.extend({ tz: z.string(), groupBy: z.enum(GROUP_BYS) }),
    metrics: z.array(metricSchema),
    buckets: z.array(
      z
        .object({ start: isoInstant, end: isoInstant, storage_mb_peak: value.optional() })
        .extend(perMetric(value).shape),
    ),
    totals: perMetric(value).extend({ storage_mb_peak: value.optional() }),
    previousTotals: perMetric(value),
    previousPeriod: range,
    previousCoverage: z.number().meta({
      description:
        "Share (0-1) of the previous period after the user's usage history begins: 1 when fully covered",
    }),
    change: perMetric(value),
    trend: perMetric(trendSchema),
    peaks: perMetric(
      z.object({ start: isoInstant, end: isoInstant, value: z.number() }).nullable(),
    ),
    limits: z.object({ plan: z.string(), planName: z.string(), values: perMetric(value) }),
  })
  .meta({ id: 'History' });
export type HistoryResponse = z.output<typeof historyResponse>;

const meter = z.object({ used: value, limit: value, percent: value, remaining: value });
export const currentResponse = z
  .object({
    period: range.extend({ tz: z.string() }),
    plan: z.object({
      name: z.string(),
      displayName: z.string(),
      priceUsd: z.number().nullable().meta({ description: 'null on a contract plan' }),
      overage: perMetric(z.number()).meta({
        description: 'USD per unit over the limit; a metric absent here is blocked at its limit',
      }),
    }),
    usageSince: isoInstant.nullable().meta({
      description: "When the user's usage history begins; null: no usage yet",
    }),
    metrics: everyMetric(meter),
  })
  .meta({ id: 'Current' });
export type CurrentUsage = z.output<typeof currentResponse>;

const instantOrDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
export const eventsQuerySchema = z.strictObject({
  from: instantOrDate.optional().meta({ description: 'First instant (or day) included' }),
  to: instantOrDate.optional().meta({ description: 'Instant (or day) the page stops before' }),
  cursor: z.string().max(400).optional().meta({ description: 'nextCursor of the previous page' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .meta({ description: 'Events per page' }),
});
export type EventsQuery = z.output<typeof eventsQuerySchema>;

export type EventsPage = z.output<typeof eventsPage>;
export const eventsPage = z.object({
  events: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      occurredAt: isoInstant,
      value: z.number(),
      clientId: z.string().nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export type IngestResult = z.output<typeof ingestResponse>;
export const ingestResponse = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  conflicts: z.array(z.object({ index: z.number().int(), id: z.string(), reason: z.string() })),
});

export const queuedResponse = z
  .object({
    queued: z
      .number()
      .int()
      .meta({ description: 'events stored in the stream, written to the database shortly' }),
    duplicates: z
      .number()
      .int()
      .meta({ description: 'repeats of an earlier event in the same batch' }),
    conflicts: z.array(z.object({ index: z.number().int(), id: z.string(), reason: z.string() })),
  })
  .meta({
    description:
      'Accepted into the ingestion stream (INGEST_STREAM_URL): persisted, written to the database once even if sent again',
  });

export type QueuedResult = z.output<typeof queuedResponse>;

export const usageContracts = {
  ingest: contract({
    method: 'POST',
    url: '/api/usage/events',
    operationId: 'ingestEvents',
    summary: 'Ingest 1 to 1,000 usage events (idempotent on userId + id)',
    tag: 'Operator',
    scope: 'ingest',
    body: ingestBodySchema,
    response: { 200: ingestResponse, 202: queuedResponse },
  }),
  history: contract({
    method: 'GET',
    url: '/api/usage/history',
    operationId: 'getHistory',
    summary:
      "The caller's usage over a range, bucketed in its zone (ETag; If-None-Match answers 304)",
    tag: 'Usage',
    scope: 'read',
    querystring: historyQuerySchema,
    response: { 200: historyResponse, 304: null },
  }),
  current: contract({
    method: 'GET',
    url: '/api/usage/current',
    operationId: 'getCurrentUsage',
    summary: 'Month-to-date usage against the plan limits',
    tag: 'Usage',
    scope: 'read',
    querystring: z.strictObject({ tz: tzParam }),
    response: { 200: currentResponse },
  }),
  events: contract({
    method: 'GET',
    url: '/api/usage/events',
    operationId: 'listEvents',
    summary: "The caller's raw events, oldest first, with cursor pagination",
    tag: 'Usage',
    scope: 'read',
    querystring: eventsQuerySchema,
    response: { 200: eventsPage },
  }),
};
