// What every service function receives besides its input: the database, the clock, and the
// process's caches and analysis runner.
import type { UsageAnalysis, UsageInput } from '../analytics/index.js';
import type { Db } from '../store/db.js';
import type { ExportSlots } from './export-slots.js';
import type { ServiceCaches } from './caches.js';
import type { ChangeFeed } from './change-feed.js';
import type { Documents, EventStream, Mailer, WebhookSender } from './providers.js';

/**
 * Where analyses run: loads the input (database reads) and runs the analytics core on it, e.g.
 * under a global cap and on a worker thread. Rejects with AnalyticsInputError for bad data.
 */
export interface AnalysisRunner {
  run(load: () => Promise<UsageInput>): Promise<UsageAnalysis>;
  /** Holds work that will probably compute an analysis in the same global queue, before it reads anything. */
  admit<T>(work: () => Promise<T>): Promise<T>;
}

/** Counts what the process does, for /metrics (prom-client in the app); absent, nothing is counted. */
export interface Meter {
  events(outcome: 'accepted' | 'duplicate' | 'rejected', n: number): void;
  request(method: string, route: string, status: number, seconds: number): void;
  jobFailed(job: string, willRetry: boolean): void;
  /** A read that could use the replica did (true) or went to the primary (false). */
  replicaRead?(used: boolean): void;
}

export interface ServiceContext {
  db: Db;
  /** The current instant in epoch ms; tests pass a fixed clock. */
  now: () => number;
  /** Signs links that act without a sign-in (unsubscribe); absent where nothing needs it. */
  signingKey?: string;
  /** Where users reach the app, for links in emails and reports. */
  publicUrl?: string;
  /** Exports in flight per user in this process (the server's; tests make their own). */
  exportSlots?: ExportSlots;
  /** Answers kept in memory; absent (one-shot commands), every call computes. */
  caches?: ServiceCaches;
  /** Where analyses are computed; absent, on the calling thread. */
  analyses?: AnalysisRunner;
  /** Sends email (SMTP, or .eml files in an outbox); absent where nothing is sent. */
  mailer?: Mailer;
  /** Renders emails, the PDF report and CSV; absent where nothing is sent or exported as a file. */
  documents?: Documents;
  /** Calls users' webhooks, refusing targets inside the network. */
  webhooks?: WebhookSender;
  /** Users whose usage just changed, for the worker's alert checks. */
  changes?: ChangeFeed;
  /** Where ingestion writes: its own connections on a server (batches never queue behind reads for one); absent, db. */
  ingestDb?: Db;
  /** A streaming replica for history, analytics and exports (see read-replica.ts); absent, all reads use db. */
  replica?: Db;
  /** Where ingestion puts batches when a stream fronts the database (INGEST_STREAM_URL); absent, it writes. */
  eventStream?: EventStream;
  /** The process's metrics. */
  meter?: Meter;
  /** Hourly rollup rows are kept this many days (HOURLY_RETENTION_DAYS); absent or 0, for good. */
  hourlyRetentionDays?: number;
  /** TELEMETRY=off: the dashboard's own-use telemetry is answered and dropped, never stored. */
  telemetryOff?: boolean;
}

export interface Call<I> {
  ctx: ServiceContext;
  input: I;
}
