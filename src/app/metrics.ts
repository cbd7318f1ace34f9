// The process's Prometheus metrics: one registry per running server (held by the context, not a
// module), counters fed by the services, the HTTP layer and the worker, and gauges read at scrape.
import client from 'prom-client';
import type { Meter } from '../services/context.js';
import type { ServiceCaches } from '../services/caches.js';
import type { Db } from '../store/db.js';
import { readOpsGauges } from '../store/queries/ops-gauges.js';

export interface AppMetrics {
  registry: client.Registry;
  meter: Meter;
  /** Records how long a statement or transaction waited for a pool connection (ms). */
  poolWait(ms: number): void;
}

/** A registry with every metric of the service; gauges read db and caches when scraped. */
export function createMetrics(db: Db, caches: ServiceCaches): AppMetrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'Request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const poolWait = new client.Histogram({
    name: 'usage_insights_db_pool_wait_seconds',
    help: 'Time a statement or transaction waited for a free database connection',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const events = new client.Counter({
    name: 'usage_insights_events_total',
    help: 'Usage events received, by outcome (accepted, duplicate, rejected)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  for (const outcome of ['accepted', 'duplicate', 'rejected']) events.inc({ outcome }, 0);
  const jobFailures = new client.Counter({
    name: 'usage_insights_job_failures_total',
    help: 'Job runs that failed, by job and whether the job will be retried',
    labelNames: ['job', 'retry'],
    registers: [registry],
  });
  const replicaReads = new client.Counter({
    name: 'usage_insights_replica_reads_total',
    help: 'Reads that could use the replica, by where they went (replica, or primary when it lagged)',
    labelNames: ['target'],
    registers: [registry],
  });
  const cacheRequests = new client.Counter({
    name: 'usage_insights_cache_requests_total',
    help: 'History answers, month parts of histories by day, and analyses asked of the in-memory caches, by result (hit, miss)',
    labelNames: ['cache', 'result'],
    registers: [registry],
    collect() {
      // The caches count for themselves; the counter shows their totals.
      this.reset();
      for (const name of ['history', 'dayParts', 'analysis'] as const) {
        this.inc({ cache: name, result: 'hit' }, caches[name].hits);
        this.inc({ cache: name, result: 'miss' }, caches[name].misses);
      }
    },
  });
  new client.Gauge({
    name: 'usage_insights_cache_hit_ratio',
    help: 'Share of history and analysis answers served from memory since start',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      for (const name of ['history', 'dayParts', 'analysis'] as const) {
        const { hits, misses } = caches[name];
        this.set({ cache: name }, hits + misses ? hits / (hits + misses) : 0);
      }
    },
  });
  new client.Gauge({
    name: 'usage_insights_db_pool_connections',
    help: 'Database pool connections of this process, by state (total, idle, waiting clients, max)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const p = db.pool?.();
      if (!p) return;
      for (const [state, n] of Object.entries(p)) this.set({ state }, n);
    },
  });
  // Whole-database gauges: one read per scrape, shared by the gauges below.
  let ops: ReturnType<typeof readOpsGauges> | null = null;
  const opsOnce = () => (ops ??= readOpsGauges(db).finally(() => setTimeout(() => (ops = null))));
  const fromDb = (
    name: string,
    help: string,
    labelNames: string[],
    fill: (g: client.Gauge, o: Awaited<ReturnType<typeof readOpsGauges>>) => void,
  ) =>
    new client.Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        // With the database down the scrape still answers, without these series.
        const o = await opsOnce().catch(() => null);
        if (o) fill(this, o);
      },
    });
  fromDb(
    'usage_insights_rollup_lag_seconds',
    'Age of the oldest day waiting for its rollup (0 when all are rolled up)',
    [],
    (g, o) => g.set(o.rollupLagSeconds),
  );
  fromDb(
    'usage_insights_jobs',
    'Jobs in the queue by job name and status (queued, running)',
    ['job', 'status'],
    (g, o) => o.jobs.forEach((j) => g.set({ job: j.name, status: j.status }, j.n)),
  );
  fromDb(
    'usage_insights_alert_deliveries',
    'Alert deliveries by channel and status',
    ['channel', 'status'],
    (g, o) =>
      o.alertDeliveries.forEach((d) => g.set({ channel: d.channel, status: d.status }, d.n)),
  );
  fromDb('usage_insights_report_emails', 'Report emails by status', ['status'], (g, o) =>
    o.reportSends.forEach((d) => g.set({ status: d.status }, d.n)),
  );
  void cacheRequests;
  return {
    registry,
    poolWait: (ms) => poolWait.observe(ms / 1000),
    meter: {
      events: (outcome, n) => events.inc({ outcome }, n),
      request: (method, route, status, seconds) =>
        duration.observe({ method, route, status: String(status) }, seconds),
      jobFailed: (job, willRetry) => jobFailures.inc({ job, retry: String(willRetry) }),
      replicaRead: (used) => replicaReads.inc({ target: used ? 'replica' : 'primary' }),
    },
  };
}
