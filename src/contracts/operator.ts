// Routes for the platform's services and operators (service scope), and demo mode's sign-in.
import { z } from 'zod';
import { DEMO_ID } from '../domain/demo/profiles.js';
import { hasControlCharacters, userIdSchema } from '../domain/events.js';
import { timeZoneSchema } from '../domain/zones.js';
import { isoInstant } from './common.js';
import { contract } from './route.js';

export const userPatchSchema = z.strictObject({
  email: z
    .email()
    .max(254)
    .nullable()
    .optional()
    .meta({ description: 'Where reports and alerts go; null removes it' }),
  timeZone: timeZoneSchema
    .optional()
    .meta({ description: "IANA zone the user's days and months are counted in" }),
  plan: z
    .string()
    .min(1)
    .max(20)
    .refine((s) => !hasControlCharacters(s), 'must not contain control characters')
    .optional()
    .meta({ description: 'Plan name, e.g. pro' }),
});
export type UserPatch = z.output<typeof userPatchSchema>;

export const rebuildBodySchema = z.strictObject({
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: 'Recompute from this instant (default: all history)' }),
  to: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: 'Recompute up to this instant' }),
});

export const adminSendBodySchema = z.strictObject({
  userId: userIdSchema.meta({ description: 'Whose report' }),
  period: z
    .string()
    .regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM')
    .optional()
    .meta({ description: 'The month as YYYY-MM (default: the last complete one)' }),
});

export const demoSessionSchema = z.strictObject({
  userId: z
    .string()
    .max(16)
    .regex(DEMO_ID, 'must be a demo user id such as demo-07')
    .meta({ description: 'A demo user id such as demo-07' }),
});

const userView = z.object({
  id: z.string(),
  email: z.string().nullable(),
  timeZone: z.string(),
  plan: z.string(),
});

export const operatorContracts = {
  setUser: contract({
    method: 'PUT',
    url: '/api/users/:id',
    operationId: 'setUser',
    summary: "Set a user's email, time zone and plan",
    tag: 'Operator',
    scope: 'ingest',
    params: z.strictObject({ id: userIdSchema.meta({ description: "The platform's user id" }) }),
    body: userPatchSchema,
    response: { 200: userView },
  }),
  listUsers: contract({
    method: 'GET',
    url: '/api/users',
    operationId: 'listUsers',
    summary: 'List users with their event counts',
    tag: 'Operator',
    scope: 'ingest',
    response: {
      200: z.object({
        users: z.array(
          userView.extend({
            planName: z.string().meta({ description: "The plan's display name" }),
            events: z.number().int(),
            lastEventAt: isoInstant.nullable(),
          }),
        ),
      }),
    },
  }),
  rebuild: contract({
    method: 'POST',
    url: '/api/admin/rollups/rebuild',
    operationId: 'rebuildRollups',
    summary: 'Recompute rollups from raw events',
    tag: 'Operator',
    scope: 'ingest',
    body: rebuildBodySchema,
    response: { 200: z.object({ users: z.number().int() }) },
  }),
  caches: contract({
    method: 'GET',
    url: '/api/admin/caches',
    operationId: 'cacheStats',
    summary: "Hits and misses of this process's caches since it started",
    tag: 'Operator',
    scope: 'ingest',
    response: { 200: z.record(z.string(), z.number().int()) },
  }),
  pendingRollups: contract({
    method: 'GET',
    url: '/api/admin/rollups',
    operationId: 'pendingRollups',
    summary: 'Users waiting for a rollup',
    tag: 'Operator',
    scope: 'ingest',
    response: { 200: z.object({ users: z.number().int() }) },
  }),
  sendReport: contract({
    method: 'POST',
    url: '/api/admin/reports/send',
    operationId: 'sendReportNow',
    summary: "Send a user's report for a month now",
    tag: 'Operator',
    scope: 'ingest',
    body: adminSendBodySchema,
    response: {
      200: z.object({
        outcome: z.enum(['sent', 'skipped', 'failed']),
        period: z.string(),
        to: z.string(),
      }),
    },
  }),
  demoUsers: contract({
    method: 'GET',
    url: '/api/demo/users',
    operationId: 'listDemoUsers',
    summary: 'The demo users (demo mode only)',
    tag: 'Demo',
    response: {
      200: z.object({
        users: z.array(
          z.object({
            id: z.string(),
            plan: z.string(),
            planName: z.string().meta({ description: "The plan's display name" }),
            timeZone: z.string(),
          }),
        ),
      }),
    },
  }),
  demoSession: contract({
    method: 'POST',
    url: '/api/demo/session',
    operationId: 'createDemoSession',
    summary: 'Sign in as a demo user without a token (demo mode only)',
    tag: 'Demo',
    body: demoSessionSchema,
    response: {
      200: z.object({ token: z.string(), userId: z.string(), expiresAt: isoInstant }),
    },
  }),
};
