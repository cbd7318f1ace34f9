// Usage by client: the top clients of a metric over a range with their shares, and a metric by
// client and hour ("API usage patterns").
import { z } from 'zod';
import { CLIENT_METRICS, MAX_TOP_CLIENTS } from '../domain/client-metrics.js';
import { MAX_HOURLY_DAYS, PERIODS } from '../domain/periods.js';
import { isoDate, isoInstant, tzParam } from './common.js';
import { contract } from './route.js';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .meta({ format: 'date' });

const clientRangeQuery = {
  period: z.enum(PERIODS).default('30d').meta({ description: 'As in the history endpoint' }),
  from: date.optional().meta({ description: 'First day of a custom range' }),
  to: date.optional().meta({ description: 'Last day of a custom range (included)' }),
  tz: tzParam,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_TOP_CLIENTS)
    .default(10)
    .meta({ description: `Clients named (1 to ${MAX_TOP_CLIENTS}); the rest are "other"` }),
};

export const clientMetricSchema = z
  .enum(CLIENT_METRICS)
  .meta({ description: 'A summed metric (kept per client)' });

export const topClientsQuerySchema = z.strictObject({
  ...clientRangeQuery,
  metric: clientMetricSchema.default('api_calls'),
});
export type TopClientsQuery = z.output<typeof topClientsQuerySchema>;

export const clientHoursQuerySchema = z.strictObject({
  ...clientRangeQuery,
  period: z
    .enum(PERIODS)
    .default('7d')
    .meta({
      description: `As in the history endpoint; at most ${MAX_HOURLY_DAYS} days (hourly)`,
    }),
  limit: clientRangeQuery.limit.default(5),
  metric: clientMetricSchema.default('api_calls'),
});
export type ClientHoursQuery = z.output<typeof clientHoursQuerySchema>;

const clientName = z
  .string()
  .nullable()
  .meta({ description: 'The clientId; null for events sent without one' });
const period = z.object({ from: isoDate, to: isoDate, tz: z.string() });

export const topClientsResponse = z
  .object({
    period,
    metric: clientMetricSchema,
    total: z.number().meta({ description: 'The metric over the range, all clients together' }),
    clientCount: z.number().int().meta({ description: 'Clients with any of it in the range' }),
    clients: z.array(
      z.object({
        client: clientName,
        value: z.number(),
        share: z.number().meta({ description: 'Of the total, 0 to 1' }),
      }),
    ),
    other: z.object({
      clients: z.number().int(),
      value: z.number(),
      share: z.number(),
    }),
  })
  .meta({ id: 'TopClients' });
export type TopClientsResponse = z.output<typeof topClientsResponse>;

export const clientHoursResponse = z
  .object({
    period,
    metric: clientMetricSchema,
    hours: z.array(isoInstant).meta({ description: 'Start of each local hour of the range' }),
    series: z.array(
      z.object({
        client: clientName,
        total: z.number(),
        values: z.array(z.number()).meta({ description: 'One per hour' }),
      }),
    ),
    other: z.object({ clients: z.number().int(), values: z.array(z.number()) }),
  })
  .meta({ id: 'ClientHours' });
export type ClientHoursResponse = z.output<typeof clientHoursResponse>;

export const clientContracts = {
  topClients: contract({
    method: 'GET',
    url: '/api/usage/clients',
    operationId: 'getTopClients',
    summary:
      "The caller's top clients of a metric over a range, with shares and an other bucket (ETag; If-None-Match answers 304)",
    tag: 'Usage',
    scope: 'read',
    querystring: topClientsQuerySchema,
    response: { 200: topClientsResponse, 304: null },
  }),
  clientHours: contract({
    method: 'GET',
    url: '/api/usage/clients/hourly',
    operationId: 'getClientHours',
    summary: 'A metric (api_calls by default) by client and local hour: the top clients and other',
    tag: 'Usage',
    scope: 'read',
    querystring: clientHoursQuerySchema,
    response: { 200: clientHoursResponse, 304: null },
  }),
};
