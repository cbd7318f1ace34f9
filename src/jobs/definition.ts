// Jobs as typed definitions: a name, a payload schema and a handler that runs inside the job's transaction.
import type { z } from 'zod';
import type { ServiceContext } from '../services/context.js';

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  payload: S;
  /** The handler's transaction is cut off after this long, so a stuck job cannot hold its lease. */
  timeoutMs: number;
  maxAttempts?: number;
  /**
   * false for jobs with effects outside the database (email): they run without a transaction and
   * must guard themselves against running twice (the send ledger does).
   */
  transactional?: boolean;
  /** Runs with ctx.db bound to the job's transaction: the job's writes commit together with "done". */
  handler(payload: z.output<S>, ctx: ServiceContext): Promise<void>;
}

/** Declares a job with its payload type inferred from the schema. */
export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  return def;
}
