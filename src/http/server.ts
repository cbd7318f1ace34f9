// The HTTP app: auth before every /api handler, thin routes, one error format.
import { clientRoutes } from './routes/clients.js';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { ServiceContext } from '../services/context.js';
import { randomUUID } from 'node:crypto';
import { metricsRoute, type MetricsSource } from './metrics-route.js';
import { AppError, isConnectionError } from '../services/errors.js';
import type { TokenConfig } from '../services/tokens.js';
import { authHook, type Authenticate } from './auth.js';
import { rateLimitHook, type RateLimits } from './rate-limit.js';
import { STATUS } from './error-map.js';
import { adminRoutes } from './routes/admin.js';
import { demoRoutes } from './routes/demo.js';
import { alertRoutes } from './routes/alerts.js';
import { analyticsRoutes } from './routes/analytics.js';
import { comparisonRoutes } from './routes/comparisons.js';
import { costRoutes } from './routes/cost.js';
import { reportRoutes } from './routes/reports.js';
import { docsRoutes } from './routes/docs.js';
import { exportRoutes } from './routes/exports.js';
import { keyRoutes } from './routes/keys.js';
import { usageRoutes } from './routes/usage.js';
import { userRoutes } from './routes/users.js';
import { webRoutes } from './routes/web.js';
import { telemetryRoutes } from './routes/telemetry.js';
import { consoleRoutes } from './routes/console.js';
import { securityHeaders } from './security-headers.js';
import { embedSupport } from './embed.js';
import { checkResponsesAgainstContracts } from './contract-check.js';
import { serializerCompiler, validatorCompiler } from './validation.js';
import { requestLogFields } from './log-redaction.js';
import { anonymousLimitHooks, DEFAULT_ANONYMOUS_LIMIT } from './auth-failure-limit.js';
import type { BucketStore, Limit } from '../domain/rate-limit.js';
import { refusal } from '../domain/i18n/reasons.js';

export interface ServerOptions {
  ctx: ServiceContext;
  authenticate: Authenticate;
  logLevel?: string;
  /** Where log lines go (default stdout); tests read them. */
  logStream?: { write(line: string): void };
  health?: () => Promise<unknown>;
  /** GET /readyz: ready to take traffic (database, migrations, worker); 503 with the reasons when not. */
  ready?: () => Promise<{ ready: boolean; checks: Record<string, string> }>;
  rateLimits?: RateLimits;
  /** Where rate-limit buckets live (default: this process's memory). */
  buckets?: BucketStore;
  /** Unauthenticated and failed-auth /api requests per client address. */
  anonymousLimit?: Limit;
  /** Which proxies' X-Forwarded-For to believe for the client address (Fastify's trustProxy). */
  trustProxy?: boolean | string[];
  /** Fail every answer its route's contract does not describe (tests). */
  checkContracts?: boolean;
  /** Demo mode (`npm start`): the demo users and demo sign-in, without a token. */
  demo?: { tokens: TokenConfig };
  /** Where the dashboard's build lives (default dist/web). */
  webRoot?: string;
  /** Signs the operator console's read-only views of a user (absent: the lookup answers 404). */
  viewTokens?: TokenConfig;
  /** GET /metrics in Prometheus text; with a token, only for `Authorization: Bearer <token>`. */
  metrics?: MetricsSource;
  /** Host app origins that may frame /embed and call the API from the browser (none by default). */
  embedOrigins?: string[];
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perUser: { perMinute: 600, burst: 120 },
  perKey: { perMinute: 300, burst: 60 },
};

const BODY_LIMIT = 1024 * 1024;
/** What a client is told to wait while the database is unreachable (it answers again at once). */
const DB_RETRY_AFTER_SECONDS = 5;

export interface RouteInfo {
  method: string;
  url: string;
  scope?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteInfo[];
  }
}

/** Builds the Fastify app with every route registered (not yet listening). */
export function buildServer(opts: ServerOptions): FastifyInstance {
  const app = Fastify({
    logger: {
      level: opts.logLevel ?? 'info',
      serializers: { req: requestLogFields },
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    bodyLimit: BODY_LIMIT,
    trustProxy: opts.trustProxy ?? false,
    // Query strings parse flat: a repeated key is refused rather than turned into an array.
    routerOptions: { maxParamLength: 200 },
    // A load balancer's request id is kept when it looks like one, so one id follows a request.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  app.addHook('onRequest', async (req, reply) => {
    if (!/^[\w.:-]{1,100}$/.test(req.id)) req.id = randomUUID();
    reply.header('x-request-id', req.id);
  });
  // Every route is listed with the scope it needs, so access tests cover new routes automatically.
  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: r.url, scope: r.config?.scope });
    }
  });
  app.decorate('routeTable', routes);
  securityHeaders(app);
  embedSupport(app, opts.embedOrigins ?? []);
  anonymousLimitHooks(app, opts.anonymousLimit ?? DEFAULT_ANONYMOUS_LIMIT, opts.ctx.now);
  // Who is calling and whether they may, before the request is validated: a caller without a
  // token learns nothing about the input a route takes.
  app.addHook('preValidation', authHook(opts.authenticate));
  app.addHook(
    'preValidation',
    rateLimitHook(opts.rateLimits ?? DEFAULT_RATE_LIMITS, opts.ctx.now, opts.buckets),
  );
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  if (opts.checkContracts) checkResponsesAgainstContracts(app);
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    const requestId = req.id;
    if (err instanceof AppError) {
      if (err.retryAfterSeconds) reply.header('Retry-After', String(err.retryAfterSeconds));
      return reply
        .status(STATUS[err.code])
        .send({ error: { code: err.code, message: err.message, issues: err.issues, requestId } });
    }
    // The outage is logged once where it is noticed (the database's availability), not per request.
    if (isConnectionError(err)) {
      return reply
        .status(503)
        .header('Retry-After', String(DB_RETRY_AFTER_SECONDS))
        .send({
          error: {
            code: 'unavailable',
            message: refusal('databaseUnavailable'),
            issues: [],
            requestId,
          },
        });
    }
    const status = (err as FastifyError).statusCode ?? 500;
    if (status >= 500) {
      req.log.error({ err }, 'request failed');
      return reply
        .status(500)
        .send({ error: { code: 'internal', message: refusal('internal'), issues: [], requestId } });
    }
    const code =
      status === 413
        ? 'payload_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : 'invalid_input';
    return reply
      .status(status)
      .send({ error: { code, message: err.message, issues: [], requestId } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({
      error: { code: 'not_found', message: refusal('noSuchRoute'), issues: [], requestId: req.id },
    }),
  );
  // Alive: the process answers. It does not touch the database, so an outage does not get it restarted.
  const health = opts.health ?? (async () => ({ status: 'ok' }));
  app.get('/healthz', async () => health());
  app.addHook('onResponse', async (req, reply) => {
    opts.ctx.meter?.request(
      req.method,
      req.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });
  if (opts.metrics) metricsRoute(app, opts.metrics);
  const ready = opts.ready ?? (async () => ({ ready: true, checks: {} }));
  app.get('/readyz', async (_req, reply) => {
    const r = await ready();
    if (!r.ready) reply.status(503).header('Retry-After', String(DB_RETRY_AFTER_SECONDS));
    return { status: r.ready ? 'ready' : 'not_ready', checks: r.checks };
  });
  docsRoutes(app);
  webRoutes(app, { root: opts.webRoot });
  // In a plugin, so the document generator registered above sees every route.
  void app.register(async (api) => {
    if (opts.demo) demoRoutes(api, opts.ctx, opts.demo.tokens);
    usageRoutes(api, opts.ctx);
    clientRoutes(api, opts.ctx);
    userRoutes(api, opts.ctx);
    adminRoutes(api, opts.ctx);
    keyRoutes(api, opts.ctx);
    exportRoutes(api, opts.ctx);
    analyticsRoutes(api, opts.ctx);
    comparisonRoutes(api, opts.ctx);
    alertRoutes(api, opts.ctx);
    reportRoutes(api, opts.ctx);
    telemetryRoutes(api, opts.ctx);
    consoleRoutes(api, opts.ctx, opts.viewTokens);
    costRoutes(api, opts.ctx);
  });
  return app;
}
