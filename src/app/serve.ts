// Runs the service: database, HTTP server and job worker in one process, with a graceful stop.
import type { Config } from '../config/config.js';
import { buildServer } from '../http/server.js';
import { jobDefinitions, periodicTasks } from '../jobs/schedule.js';
import { startWorker } from '../jobs/worker.js';
import type { ServiceContext } from '../services/context.js';
import { createAuthenticator } from '../services/authenticate.js';
import { ExportSlots } from '../services/export-slots.js';
import { createCaches } from '../services/caches.js';
import { createAnalysisRunner } from './analysis-runner.js';
import { outboxMailer, smtpMailer } from '../reports/mailer.js';
import { demoMode } from './demo-mode.js';
import { webhookSender } from '../reports/webhook.js';
import { documents } from '../reports/documents.js';
import { createChangeFeed } from '../services/change-feed.js';
import { openDatabase, openLane } from './open-db.js';
import { INGEST_SESSION } from '../store/queries/ingest-batch.js';
import { openIngestStream } from './jetstream.js';
import { requeueOrphanedJobs } from '../store/queries/jobs/requeue-orphaned-jobs.js';
import { pendingMigrations } from '../store/migrate.js';
import { openPg } from '../store/pg-db.js';
import { join } from 'node:path';
import Fastify from 'fastify';
import { createMetrics } from './metrics.js';
import { sharedBuckets } from './shared-buckets.js';
import { metricsRoute } from '../http/metrics-route.js';
import { opsSampler } from './ops-sampler.js';

// On Citus, the job lane's multi-shard statements (the rollup sweep, cohorts, gauges) use one
// worker connection each, which the session keeps, instead of up to 16 opened and closed per
// statement; its per-user work is single-shard anyway. A placeholder elsewhere.
const JOBS_SESSION = { 'citus.max_adaptive_executor_pool_size': 1 };

// Batches in flight at once on their own connections; more wait in Node, not in the database.
const INGEST_CONNECTIONS = 4;

export interface Running {
  url: string;
  ctx: ServiceContext;
  /** Whether the demo sign-in is served (asked for, and allowed by demoMode). */
  demo: boolean;
  stop(): Promise<void>;
}

/** Starts everything and returns once the server listens. */
export async function serve(
  config: Config,
  opts: { beforeListen?: (ctx: ServiceContext) => Promise<void>; demo?: boolean } = {},
): Promise<Running> {
  // Asked for is not enough: a PostgreSQL server or a JWKS never gets the demo sign-in.
  const demo = opts.demo === true && demoMode(config, 'start');
  // The server's logger exists only once the database is open; until then an outage fails the start.
  let availability = (up: boolean, err?: unknown) => void [up, err];
  // Pool waits go to the metrics, which need the open database: told through this once they exist.
  let acquired: (ms: number) => void = () => {};
  const { db, close } = await openDatabase(
    config,
    config.port,
    (up, err) => availability(up, err),
    (ms) => acquired(ms),
  );
  const analyses = createAnalysisRunner();
  const mailer = config.smtpUrl
    ? smtpMailer(config.smtpUrl, config.mailFrom)
    : outboxMailer(join(config.dataDir, 'outbox'), config.mailFrom);
  const providers = {
    publicUrl: config.publicUrl,
    signingKey: config.signingKey,
    mailer,
    documents: documents(),
    webhooks: webhookSender({ allowPrivate: config.webhookAllowPrivate }),
    changes: createChangeFeed(),
    // Jobs share the caches and the analysis runner (the worker sets db and clock per job).
    caches: createCaches({
      maxBytes: config.cacheMaxBytes,
      historyEntries: config.historyCacheEntries,
    }),
    analyses,
    hourlyRetentionDays: config.hourlyRetentionDays,
  };
  // Reads only: never migrated, never written (see services/read-replica.ts).
  const replica =
    config.databaseUrl && config.databaseReadUrl
      ? openPg({ connectionString: config.databaseReadUrl, pooler: config.pgbouncer })
      : undefined;
  // The registry belongs to this server: two servers in one process (tests) count apart.
  const metrics = createMetrics(db, providers.caches);
  acquired = metrics.poolWait;
  const ingest = openLane(config, db, INGEST_CONNECTIONS, INGEST_SESSION);
  // With a stream, an accepted batch is first persisted in NATS JetStream (see jetstream.ts).
  const stream = config.ingestStream ? await openIngestStream(config.ingestStream) : undefined;
  const ctx: ServiceContext = {
    db,
    ingestDb: ingest.db,
    now: () => Date.now(),
    exportSlots: new ExportSlots(),
    meter: metrics.meter,
    replica,
    eventStream: stream,
    telemetryOff: !config.telemetry,
    ...providers,
  };
  const metricsSource = {
    contentType: metrics.registry.contentType,
    text: () => metrics.registry.metrics(),
  };
  const verify = createAuthenticator(ctx, {
    secret: config.jwtSecret,
    jwksUrl: config.jwksUrl,
    issuer: config.issuer,
    audience: config.audience,
  });
  const app = buildServer({
    ctx,
    authenticate: verify,
    rateLimits: config.rateLimits,
    // On a server several processes may serve one user: they charge the same buckets.
    buckets: db.kind === 'pg' ? sharedBuckets(db, ctx.now) : undefined,
    anonymousLimit: config.anonymousLimit,
    trustProxy: config.trustProxy,
    embedOrigins: config.embedAllowedOrigins,
    logLevel: config.logLevel,
    demo:
      demo && config.jwtSecret
        ? {
            tokens: {
              secret: config.jwtSecret,
              issuer: config.issuer,
              audience: config.audience,
            },
          }
        : undefined,
    viewTokens: { secret: config.jwtSecret, issuer: config.issuer, audience: config.audience },
    metrics: config.metricsToken ? { ...metricsSource, token: config.metricsToken } : undefined,
    // Alive without asking the database: an outage makes the instance unready, not dead.
    health: async () => ({ status: 'ok', database: db.kind }),
    ready: async () => {
      const checks: Record<string, string> = { database: 'ok', migrations: 'ok' };
      try {
        const pending = await pendingMigrations(db);
        if (pending.length) checks.migrations = `pending: ${pending.join(', ')}`;
      } catch {
        checks.database = 'unreachable';
        checks.migrations = 'unknown';
      }
      checks.worker = worker.running() ? 'ok' : 'stopped';
      if (stream) checks.stream = (await stream.reachable()) ? 'ok' : 'unreachable';
      // With a stream, ingestion goes on while the database is away: the instance stays in the
      // load balancer (reads answer 503 with Retry-After meanwhile), as ADR 14 explains.
      const ready =
        stream && checks.database === 'unreachable'
          ? checks.stream === 'ok' && checks.worker === 'ok'
          : Object.values(checks).every((v) => v === 'ok');
      return { ready, checks };
    },
  });
  // One line when the database goes away and one when it is back, however many requests fail between.
  availability = (up, err) => {
    if (up) app.log.warn('database reachable again');
    else
      app.log.error(
        { reason: (err as Error)?.message, code: (err as { code?: string })?.code },
        'database unreachable: answering 503 with Retry-After until it is back',
      );
  };
  // The embedded database has one owner: jobs left running are a crashed run's, resume them now.
  if (db.kind === 'pglite') await requeueOrphanedJobs(db);
  const jobsDb = openLane(config, db, config.workerConcurrency + 2, JOBS_SESSION);
  const worker = startWorker({
    db: jobsDb.db,
    now: ctx.now,
    jobs: jobDefinitions(config.retentionDays, config.hourlyRetentionDays),
    periodic: [...periodicTasks(providers, true), opsSampler(metrics.registry, providers.caches)],
    ctx: { ...providers, meter: metrics.meter },
    // On a server, rollups and checks of different users run side by side on their own connections.
    concurrency: db.kind === 'pg' ? config.workerConcurrency : 1,
    onFailure: metrics.meter.jobFailed,
    log: app.log,
  });
  // On its own port /metrics needs no token: the port is what is kept private.
  const metricsApp = config.metricsPort ? Fastify({ logger: false }) : null;
  if (metricsApp) {
    metricsRoute(metricsApp, metricsSource);
    await metricsApp.listen({ port: config.metricsPort, host: config.host });
  }
  stream?.startConsumer(ctx, app.log);
  await opts.beforeListen?.(ctx);
  await app.listen({ port: config.port, host: config.host });
  let stopping: Promise<void> | null = null;
  return {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
    ctx,
    demo,
    stop() {
      // In-flight requests finish (Fastify closes gracefully), then the worker, then the database.
      stopping ??= (async () => {
        await app.close();
        await metricsApp?.close();
        await worker.stop();
        await jobsDb.close();
        // The stream's consumer writes through the ingestion pool: it stops first.
        await stream?.close();
        await ingest.close();
        await analyses.close();
        await replica?.close();
        await close();
      })();
      return stopping;
    },
  };
}
