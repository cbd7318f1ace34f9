// Emailed report subscriptions and the pages behind the signed links in emails.
import { z } from 'zod';
import { isoInstant, idParams, langParam, noQuery } from './common.js';
import { contract } from './route.js';

export const subscribeBodySchema = z.strictObject({
  frequency: z.enum(['weekly', 'monthly']).meta({ description: 'How often a report is sent' }),
  email: z
    .email()
    .max(254)
    .optional()
    .meta({ description: 'Where to send (default: the address on file; another confirms first)' }),
  format: z
    .enum(['none', 'pdf', 'csv'])
    .default('none')
    .meta({ description: 'An attachment besides the email body' }),
  locale: z.string().max(35).optional().meta({
    description:
      'The reports\' language and number formats, a locale tag ("de", "en-GB"); unsupported or absent: English',
  }),
});
export type SubscribeBody = z.input<typeof subscribeBodySchema>;

export const subscriptionView = z.object({
  id: z.string(),
  frequency: z.enum(['weekly', 'monthly']),
  email: z.string(),
  format: z.enum(['none', 'pdf', 'csv']),
  createdAt: isoInstant,
  status: z.enum(['active', 'pending', 'stopped']),
  stoppedReason: z.string().nullable(),
  locale: z.string().optional().meta({ description: "The reports' locale tag (absent: English)" }),
});

const tokenQuery = z.strictObject({
  token: z.string().min(10).max(1000).meta({ description: 'The signed token from the email link' }),
  lang: langParam,
});
const page = { 200: z.string() };

export const reportContracts = {
  subscribe: contract({
    method: 'POST',
    url: '/api/usage/subscribe',
    operationId: 'subscribe',
    summary:
      'Subscribe to weekly or monthly emailed reports (optionally with a PDF or CSV); an address other than the one on file confirms a link first',
    tag: 'Reports',
    scope: 'read',
    body: subscribeBodySchema,
    response: { 201: subscriptionView },
  }),
  listSubscriptions: contract({
    method: 'GET',
    url: '/api/usage/subscribe',
    operationId: 'listSubscriptions',
    summary: "The caller's report subscriptions and recent sends",
    tag: 'Reports',
    scope: 'read',
    querystring: noQuery,
    response: {
      200: z.object({
        subscriptions: z.array(subscriptionView),
        recentSends: z.array(
          z.object({
            subscriptionId: z.string(),
            period: z.string(),
            status: z.string(),
            attempts: z.number().int(),
            error: z.string().nullable(),
            at: isoInstant,
          }),
        ),
      }),
    },
  }),
  cancelSubscription: contract({
    method: 'DELETE',
    url: '/api/usage/subscribe/:id',
    operationId: 'cancelSubscription',
    summary: 'End a report subscription',
    tag: 'Reports',
    scope: 'read',
    params: idParams,
    response: { 204: null },
  }),
  sendTestReport: contract({
    method: 'POST',
    url: '/api/usage/subscribe/test',
    operationId: 'sendTestReport',
    summary: "Send the caller's latest report now to its confirmed subscription address (5 a day)",
    tag: 'Reports',
    scope: 'read',
    body: noQuery,
    response: {
      200: z.object({
        outcome: z.enum(['sent', 'skipped', 'failed']),
        period: z.string(),
        to: z.string(),
      }),
    },
  }),
  unsubscribePage: contract({
    method: 'GET',
    url: '/api/unsubscribe',
    operationId: 'unsubscribePage',
    summary: 'Confirmation page of a signed unsubscribe link',
    tag: 'Links',
    querystring: tokenQuery,
    response: page,
    produces: ['text/html'],
  }),
  unsubscribe: contract({
    method: 'POST',
    url: '/api/unsubscribe',
    operationId: 'unsubscribe',
    summary: 'One-click unsubscribe (RFC 8058) with a signed token',
    tag: 'Links',
    querystring: tokenQuery,
    response: page,
    produces: ['text/html'],
  }),
  confirmPage: contract({
    method: 'GET',
    url: '/api/subscribe/confirm',
    operationId: 'confirmSubscriptionPage',
    summary: 'Confirmation page of the link sent to a new report address',
    tag: 'Links',
    querystring: tokenQuery,
    response: page,
    produces: ['text/html'],
  }),
  confirm: contract({
    method: 'POST',
    url: '/api/subscribe/confirm',
    operationId: 'confirmSubscription',
    summary: 'Confirm a new report address (double opt-in) with its signed token',
    tag: 'Links',
    querystring: tokenQuery,
    response: page,
    produces: ['text/html'],
  }),
};
