import type { FastifyInstance } from 'fastify';
import { telemetryContracts as C } from '../../contracts/telemetry.js';
import { optedOut } from '../../domain/telemetry.js';
import type { ServiceContext } from '../../services/context.js';
import { recordTelemetry } from '../../services/record-telemetry.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';

/** POST /api/telemetry: the dashboard's own use, for the token's user only. */
export function telemetryRoutes(app: FastifyInstance, ctx: ServiceContext) {
  contractRoute(app, C.recordTelemetry, async (req) =>
    recordTelemetry({
      ctx,
      input: { userId: callerId(req), batch: req.body, optedOut: optedOut(req.headers) },
    }),
  );
}
