// Every API operation with the schemas that validate it; openapi.ts turns them into OpenAPI 3.1.
import { z } from 'zod';
import { ingestBodySchema } from '../domain/events.js';
import { historyQuerySchema } from '../domain/history-query.js';
import { exportQuerySchema } from '../reports/export-usage.js';
import { analyticsQuerySchema } from '../services/get-analytics.js';
import { apiKeyNameSchema } from '../services/api-keys.js';
import { eventsQuerySchema } from '../services/list-events.js';
import { userPatchSchema } from '../services/set-user.js';
import { subscribeBodySchema } from '../services/subscriptions.js';
import { alertSettingsSchema } from '../services/alerts.js';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  scope?: 'read' | 'ingest';
  query?: z.ZodType;
  body?: z.ZodType;
  params?: Record<string, string>;
  produces?: string[];
}

export const currentQuerySchema = z.strictObject({ tz: z.string().max(64).optional() });

/** Every API operation; a test keeps this list equal to the router's. */
export const OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/usage/events',
    summary: 'Ingest 1 to 1,000 usage events (idempotent on userId + id)',
    scope: 'ingest',
    body: ingestBodySchema,
  },
  {
    method: 'get',
    path: '/api/usage/history',
    summary:
      "The caller's usage over a range, bucketed in its zone (ETag; If-None-Match answers 304)",
    scope: 'read',
    query: historyQuerySchema,
  },
  {
    method: 'get',
    path: '/api/usage/current',
    summary: 'Month-to-date usage against the plan limits',
    scope: 'read',
    query: currentQuerySchema,
  },
  {
    method: 'get',
    path: '/api/usage/events',
    summary: "The caller's raw events, oldest first, with cursor pagination",
    scope: 'read',
    query: eventsQuerySchema,
  },
  {
    method: 'get',
    path: '/api/usage/export',
    summary: 'Download history or raw events as CSV or JSON',
    scope: 'read',
    query: exportQuerySchema,
    produces: ['text/csv', 'application/json'],
  },
  {
    method: 'get',
    path: '/api/usage/analytics',
    summary: 'Trends, patterns, predictions, comparisons, peers or anomalies of the caller',
    scope: 'read',
    query: analyticsQuerySchema,
  },
  {
    method: 'get',
    path: '/api/usage/insights',
    summary: 'Ranked insights with their evidence and the range a chart should show',
    scope: 'read',
    query: currentQuerySchema,
  },
  {
    method: 'post',
    path: '/api/keys',
    summary: 'Create a personal read-only API key (the secret is shown once)',
    scope: 'read',
    body: apiKeyNameSchema,
  },
  {
    method: 'get',
    path: '/api/keys',
    summary: "The caller's API keys (without secrets)",
    scope: 'read',
  },
  {
    method: 'delete',
    path: '/api/keys/{id}',
    summary: 'Revoke an API key',
    scope: 'read',
    params: { id: 'key id' },
  },
  {
    method: 'put',
    path: '/api/users/{id}',
    summary: "Set a user's email, time zone and plan",
    scope: 'ingest',
    body: userPatchSchema,
    params: { id: 'user id' },
  },
  { method: 'get', path: '/api/users', summary: 'List users (operators)', scope: 'ingest' },
  {
    method: 'post',
    path: '/api/admin/rollups/rebuild',
    summary: 'Recompute rollups from raw events',
    scope: 'ingest',
  },
  {
    method: 'get',
    path: '/api/admin/rollups',
    summary: 'Users waiting for a rollup',
    scope: 'ingest',
  },
  {
    method: 'get',
    path: '/api/admin/caches',
    summary: "Hits and misses of this process's caches",
    scope: 'ingest',
  },
];

OPERATIONS.push(
  {
    method: 'post',
    path: '/api/usage/subscribe',
    summary:
      'Subscribe to weekly or monthly emailed reports (optionally with a PDF or CSV); an address other than the one on file confirms a link first',
    scope: 'read',
    body: subscribeBodySchema,
  },
  {
    method: 'get',
    path: '/api/usage/subscribe',
    summary: "The caller's report subscriptions and recent sends",
    scope: 'read',
  },
  {
    method: 'delete',
    path: '/api/usage/subscribe/{id}',
    summary: 'End a report subscription',
    scope: 'read',
    params: { id: 'subscription id' },
  },
  {
    method: 'post',
    path: '/api/usage/subscribe/test',
    summary: "Send the caller's latest report now to its confirmed subscription address (5 a day)",
    scope: 'read',
  },
  {
    method: 'post',
    path: '/api/admin/reports/send',
    summary: "Send a user's report for a month now (operators)",
    scope: 'ingest',
  },
  {
    method: 'get',
    path: '/api/unsubscribe',
    summary: 'Confirmation page of a signed unsubscribe link',
  },
  {
    method: 'post',
    path: '/api/unsubscribe',
    summary: 'One-click unsubscribe (RFC 8058) with a signed token',
  },
  {
    method: 'get',
    path: '/api/subscribe/confirm',
    summary: 'Confirmation page of the link sent to a new report address',
  },
  {
    method: 'post',
    path: '/api/subscribe/confirm',
    summary: 'Confirm a new report address (double opt-in) with its signed token',
  },
);

/** Registers more operations (features add theirs as they land). */
export function addOperations(ops: Operation[]) {
  OPERATIONS.push(...ops);
}

OPERATIONS.push(
  {
    method: 'get',
    path: '/api/usage/alerts',
    summary: "The caller's limit alerts and alert settings",
    scope: 'read',
  },
  {
    method: 'put',
    path: '/api/usage/alerts',
    summary:
      'Change alert thresholds, forecast alerts and the signed webhook (its secret is shown once)',
    scope: 'read',
    body: alertSettingsSchema,
  },
);
