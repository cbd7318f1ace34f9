import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../services/context.js';

/** The operator console's routes (service scope). */
export function consoleRoutes(_app: FastifyInstance, _ctx: ServiceContext) {}
