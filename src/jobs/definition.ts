// Jobs as typed definitions: a name, a payload schema and a handler that runs inside the job's
// transaction. A definition enqueues itself, so no job name is ever spelled twice.
import type { z } from 'zod';
import type { ServiceContext } from '../services/context.js';
import type { Queryable } from '../store/db.js';
import { enqueueJob } from '../store/queries/jobs/enqueue-job.js';

/** What enqueuing needs: a job's name, its payload schema and how often it may be tried. */
export interface QueueSpec<S extends z.ZodType = z.ZodType> {
  name: string;
  payload: S;
  maxAttempts?: number;
}

export interface JobSpec<S extends z.ZodType = z.ZodType> extends QueueSpec<S> {
  /** The handler's transaction is cut off after this long, so a stuck job cannot hold its lease. */
  timeoutMs: number;
  /** At most this many of the type run at once in one process (heavy CPU work). */
  maxConcurrent?: number;
  /** Delay before the next attempt after `attempts` failed ones; default doubles from 2 s to 10 min. */
  backoffMs?: (attempts: number) => number;
  /**
   * false for jobs with effects outside the database (email): they run without a transaction and
   * must guard themselves against running twice (the send ledger does).
   */
  transactional?: boolean;
  /** Runs with ctx.db bound to the job's transaction: the job's writes commit together with "done". */
  handler(payload: z.output<S>, ctx: ServiceContext): Promise<void>;
}

export interface EnqueueOptions {
  /** Jobs with the same name and key exist once. */
  key: string;
  runAt?: number;
  /** Queue a finished job again, and run a running one once more when it finishes. */
  again?: boolean;
  /** Higher runs first among due jobs. */
  priority?: number;
}

export interface JobQueue<S extends z.ZodType = z.ZodType> extends QueueSpec<S> {
  enqueue(q: Queryable, payload: z.input<S>, opts: EnqueueOptions): Promise<void>;
}

export interface JobDefinition<S extends z.ZodType = z.ZodType> extends JobSpec<S>, JobQueue<S> {}

/**
 * Declares where a job is queued, for a job whose handler is built later (it needs settings the
 * enqueuer does not have): spread it into defineJob, and enqueue through it.
 */
export function defineQueue<S extends z.ZodType>(spec: QueueSpec<S>): JobQueue<S> {
  return {
    ...spec,
    enqueue: (q, payload, opts) =>
      enqueueJob(q, {
        name: spec.name,
        payload: spec.payload.parse(payload),
        maxAttempts: spec.maxAttempts,
        ...opts,
      }),
  };
}

/** Declares a job with its payload type inferred from the schema, and a typed enqueue for it. */
export function defineJob<S extends z.ZodType>(spec: JobSpec<S>): JobDefinition<S> {
  return { ...spec, ...defineQueue(spec) };
}
