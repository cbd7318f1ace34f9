// The dashboard's report of its own use (issue 18): batched, enumerated, the caller's user only.
import { z } from 'zod';
import { telemetryBatchSchema } from '../domain/telemetry.js';
import { contract } from './route.js';

export const telemetryResult = z.object({
  recorded: z.number().int().meta({ description: 'Events stored (0 when ignored)' }),
  ignored: z.enum(['do-not-track', 'disabled']).nullable().meta({
    description:
      'Why nothing was stored: the browser sent DNT or Sec-GPC, or the deployment has TELEMETRY=off; the dashboard stops sending',
  }),
});
export type TelemetryResult = z.output<typeof telemetryResult>;

export const telemetryContracts = {
  recordTelemetry: contract({
    method: 'POST',
    url: '/api/telemetry',
    operationId: 'recordTelemetry',
    summary: "Record the dashboard's own use for its signed-in user (honours DNT and GPC)",
    tag: 'Usage',
    scope: 'read',
    body: telemetryBatchSchema,
    response: { 200: telemetryResult },
  }),
};
