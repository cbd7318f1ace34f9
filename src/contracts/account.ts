// Personal API keys and limit alerts.
import { z } from 'zod';
import { hasControlCharacters } from '../domain/events.js';
import { isoInstant, idParams, noQuery } from './common.js';
import { contract } from './route.js';

export const apiKeyNameSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .refine((s) => !hasControlCharacters(s), 'must not contain control characters')
    .default('API key')
    .meta({ description: 'A label to tell keys apart' }),
});

const apiKeyView = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.string(),
  createdAt: isoInstant,
  lastUsedAt: isoInstant.nullable(),
});

export const alertSettingsSchema = z.strictObject({
  enabled: z.boolean().optional().meta({ description: 'Raise alerts at all' }),
  thresholds: z
    .array(z.number().int().min(1).max(1000))
    .min(1)
    .max(5)
    .optional()
    .meta({ description: 'Percentages of a limit that raise an alert, e.g. [80, 100]' }),
  forecast: z.boolean().optional().meta({ description: 'Alert when a limit is expected' }),
  anomalies: z.boolean().optional().meta({ description: 'Alert on unusual usage' }),
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .optional()
    .meta({ description: 'Where signed alert webhooks go; null removes it' }),
  locale: z.string().max(35).optional().meta({
    description:
      'The language of alert messages and emails, a locale tag ("de", "en-GB"); unsupported: English',
  }),
});
export type AlertSettingsPatch = z.output<typeof alertSettingsSchema>;

const alertSettingsView = z.object({
  enabled: z.boolean(),
  thresholds: z.array(z.number()),
  forecast: z.boolean(),
  anomalies: z.boolean(),
  webhookUrl: z.string().nullable(),
});

// What the message was written from besides value and limit, so a client can write it again in
// another language (domain/alert-text.ts); null for kinds that need nothing more, and older alerts.
const alertDetails = z
  .object({
    date: z
      .string()
      .optional()
      .meta({ description: "A forecast's limit date or an anomaly's day" }),
    currency: z.string().optional().meta({ description: "A budget's currency" }),
    accrued: z.number().optional().meta({ description: 'Cost so far, beside a projected bill' }),
    expected: z.number().optional(),
    lower: z.number().optional(),
    upper: z.number().optional(),
    score: z.number().optional().meta({ description: "An anomaly's robust z score" }),
  })
  .nullable();

const alertsResponse = z.object({
  settings: alertSettingsView,
  alerts: z.array(
    z.object({
      metric: z.string(),
      kind: z.string(),
      period: z.string(),
      value: z.number(),
      limit: z.number().nullable(),
      message: z.string().meta({
        description: 'Written when raised, in the language the alert settings were saved in',
      }),
      details: alertDetails,
      at: isoInstant,
      emailed: z.boolean(),
      webhook: z.boolean(),
    }),
  ),
  deliveries: z.array(
    z.object({
      id: z.string(),
      channel: z.string(),
      target: z.string(),
      alerts: z.number().int(),
      status: z.enum(['pending', 'sending', 'retry', 'sent', 'failed', 'unknown']),
      attempts: z.array(
        z.object({
          at: isoInstant,
          ok: z.boolean(),
          httpStatus: z.number().int().nullable(),
          error: z.string().nullable(),
          durationMs: z.number().nullable(),
        }),
      ),
      createdAt: isoInstant,
      deliveredAt: isoInstant.nullable(),
    }),
  ),
});

export const accountContracts = {
  createKey: contract({
    method: 'POST',
    url: '/api/keys',
    operationId: 'createApiKey',
    summary: 'Create a personal read-only API key (the secret is shown once)',
    tag: 'Keys',
    scope: 'read',
    body: apiKeyNameSchema,
    response: { 201: apiKeyView.extend({ key: z.string() }) },
  }),
  listKeys: contract({
    method: 'GET',
    url: '/api/keys',
    operationId: 'listApiKeys',
    summary: "The caller's API keys (without secrets)",
    tag: 'Keys',
    scope: 'read',
    querystring: noQuery,
    response: { 200: z.object({ keys: z.array(apiKeyView) }) },
  }),
  revokeKey: contract({
    method: 'DELETE',
    url: '/api/keys/:id',
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key',
    tag: 'Keys',
    scope: 'read',
    params: idParams,
    response: { 204: null },
  }),
  alerts: contract({
    method: 'GET',
    url: '/api/usage/alerts',
    operationId: 'getAlerts',
    summary: "The caller's limit alerts and alert settings",
    tag: 'Alerts',
    scope: 'read',
    querystring: noQuery,
    response: { 200: alertsResponse },
  }),
  updateAlerts: contract({
    method: 'PUT',
    url: '/api/usage/alerts',
    operationId: 'updateAlertSettings',
    summary:
      'Change alert thresholds, forecast alerts and the signed webhook (its secret is shown once)',
    tag: 'Alerts',
    scope: 'read',
    body: alertSettingsSchema,
    response: {
      200: z.object({ settings: alertSettingsView, webhookSecret: z.string().optional() }),
    },
  }),
};
