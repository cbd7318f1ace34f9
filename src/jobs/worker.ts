// Runs due jobs from the shared table. Safe with several processes: claims use SKIP LOCKED and
// a job's writes commit in the same transaction that marks it done, only while its lease holds.
import { txAsDb, type Db } from '../store/db.js';
import { claimJob, type ClaimedJob } from '../store/queries/jobs/claim-job.js';
import { completeJob } from '../store/queries/jobs/complete-job.js';
import { failJob } from '../store/queries/jobs/fail-job.js';
import type { ServiceContext } from '../services/context.js';
import { isConnectionError } from '../store/unavailable.js';
import type { JobDefinition } from './definition.js';

export interface Periodic {
  name: string;
  everyMs: number;
  run(db: Db, now: number): Promise<void>;
}

export interface WorkerOptions {
  db: Db;
  /** Context fields handed to every handler besides db and now (links, signing key). */
  ctx?: Partial<ServiceContext>;
  now: () => number;
  jobs: JobDefinition[];
  periodic?: Periodic[];
  pollMs?: number;
  /** Jobs run at once by this process (PostgreSQL: several connections do the work). */
  concurrency?: number;
  /** Told of every failed run: the job's name and whether it will be tried again. */
  onFailure?: (job: string, willRetry: boolean) => void;
  log?: { error(obj: unknown, msg?: string): void; info(obj: unknown, msg?: string): void };
}

export interface Worker {
  /** Runs every due job now; returns how many ran. Used by tests and the CLI. */
  drain(): Promise<number>;
  stop(): Promise<void>;
  /** Polling and not stopped (what /readyz reports). */
  running(): boolean;
}

class LeaseLost extends Error {}

/** Starts polling for jobs (pollMs > 0) and returns a handle; with pollMs 0 nothing runs until drain(). */
export function startWorker(opts: WorkerOptions): Worker {
  const byName = new Map(opts.jobs.map((j) => [j.name, j]));
  const lastRun = new Map<string, number>();
  let stopping = false;
  let current: Promise<unknown> = Promise.resolve();

  const running = new Map<string, number>();

  async function runOne(): Promise<boolean> {
    // A job's lease outlives its timeout a little, so a crashed worker's job is picked up soon.
    // Job types at their per-process cap are not claimed now (a forecast refit at a time).
    const leases = Object.fromEntries(
      opts.jobs
        .filter((j) => (running.get(j.name) ?? 0) < (j.maxConcurrent ?? Infinity))
        .map((j) => [j.name, j.timeoutMs + 15_000]),
    );
    const job = await claimJob(opts.db, leases);
    if (!job) return false;
    running.set(job.name, (running.get(job.name) ?? 0) + 1);
    try {
      await runClaimed(job);
    } finally {
      running.set(job.name, running.get(job.name)! - 1);
    }
    return true;
  }

  async function runClaimed(job: ClaimedJob): Promise<void> {
    const def = byName.get(job.name)!;
    try {
      const payload = def.payload.parse(job.payload);
      if (def.transactional === false) {
        await withinTimeout(
          def.handler(payload, { ...opts.ctx, db: opts.db, now: opts.now }),
          def.timeoutMs,
        );
        await completeJob(opts.db, job.id, job.leaseToken);
        return;
      }
      await opts.db.transaction(async (tx) => {
        await tx.query(`SELECT set_config('statement_timeout', $1, true)`, [String(def.timeoutMs)]);
        await withinTimeout(
          def.handler(payload, { ...opts.ctx, db: txAsDb(tx, opts.db.kind), now: opts.now }),
          def.timeoutMs,
        );
        if (!(await completeJob(tx, job.id, job.leaseToken))) throw new LeaseLost('lease lost');
      });
    } catch (err) {
      if (err instanceof LeaseLost) return;
      // An unreachable database is logged once by the database itself; the lease brings the job back.
      if (isConnectionError(err)) throw err;
      opts.log?.error({ err, job: job.name, key: job.key }, 'job failed');
      opts.onFailure?.(job.name, job.attempts < job.maxAttempts);
      const backoff =
        def.backoffMs?.(job.attempts) ?? Math.min(2 ** job.attempts * 1000, 10 * 60_000);
      await failJob(
        opts.db,
        job.id,
        job.leaseToken,
        String((err as Error).message ?? err),
        backoff,
      );
    }
  }

  async function periodic(): Promise<void> {
    const now = opts.now();
    for (const p of opts.periodic ?? []) {
      if (now - (lastRun.get(p.name) ?? 0) < p.everyMs) continue;
      lastRun.set(p.name, now);
      await p.run(opts.db, now).catch((err) => {
        if (!isConnectionError(err))
          opts.log?.error({ err, periodic: p.name }, 'periodic task failed');
      });
    }
  }

  async function drain(): Promise<number> {
    lastRun.clear();
    await periodic();
    let n = 0;
    while (await runOne()) n++;
    return n;
  }

  const pollMs = opts.pollMs ?? 1000;
  const naps = new Set<() => void>();
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(t);
        naps.delete(wake);
        resolve();
      };
      const t = setTimeout(wake, ms);
      naps.add(wake);
    });
  // Each lane polls on its own: a job that takes long holds its lane only, never the others
  // (lanes that waited for each other let one slow webhook stop every user's rollups).
  const lane = async () => {
    await nap(0); // starts after startWorker has returned, as a timer would
    while (!stopping) {
      let ran = false;
      try {
        // Periodic tasks run between jobs too: a queue that never empties must not stop them.
        await periodic();
        ran = await runOne();
      } catch (err) {
        if (!isConnectionError(err)) opts.log?.error({ err }, 'worker lane failed');
      }
      // The embedded database has one connection: leave room for requests between jobs.
      if (!stopping) await nap(ran ? (opts.db.kind === 'pglite' ? 25 : 0) : pollMs);
    }
  };
  if (pollMs > 0) current = Promise.all(Array.from({ length: opts.concurrency ?? 1 }, lane));

  return {
    drain,
    running: () => pollMs > 0 && !stopping,
    async stop() {
      stopping = true;
      for (const wake of [...naps]) wake();
      await current;
    },
  };
}

/**
 * A handler's promise, or a rejection once `ms` have passed: a job that hangs (a peer that never
 * finishes answering) fails and is retried later instead of holding its lane and lease forever.
 */
function withinTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
  });
  // The losing handler may still settle later; its outcome is no longer anyone's to handle.
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
