// Analyses run here: off the request thread on a pool of worker threads, and under one global cap,
// so a flood of expensive requests waits in a bounded queue while health checks and cached reads
// keep answering.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import { AnalyticsInputError, type UsageInput } from '../analytics/index.js';
import type { AnalysisRunner } from '../services/context.js';
import { AppError } from '../services/errors.js';
import type { WorkerAnswer } from './analysis-worker.js';

export interface RunnerOptions {
  /** Worker threads (default: the cores but one, 1 to 4). */
  threads?: number;
  /** Analyses allowed to wait for a slot; more are refused with 503 (default 100). */
  maxWaiting?: number;
}

export interface PooledRunner extends AnalysisRunner {
  /** Analyses waiting for a slot now. */
  readonly waiting: number;
  close(): Promise<void>;
}

// Run from source (tsx) the worker is TypeScript too and needs tsx's loader in its thread; a
// build to JavaScript finds analysis-worker.js beside this file and needs nothing.
function workerEntry(): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(`./analysis-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href;
  if (!fromSource) return { filename, execArgv: [] };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { filename, execArgv: ['--import', tsx] };
}

/** A runner with its own worker pool; close() ends its threads. */
export function createAnalysisRunner(opts: RunnerOptions = {}): PooledRunner {
  const threads = opts.threads ?? Math.min(4, Math.max(1, availableParallelism() - 1));
  const maxWaiting = opts.maxWaiting ?? 100;
  const pool = new Piscina({
    // Analyses yield the CPU to the request thread when cores are short (Linux thread priority).
    niceIncrement: 10,
    ...workerEntry(),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 300_000,
  });
  // Loading an input reads the database on this thread, so the cap covers load and computation:
  // one more slot than threads lets the next input load while the threads compute.
  const limit = pLimit(threads + 1);
  // Requests that will probably compute wait here before their first query, so a flood of them
  // does not queue its reads in front of everyone else's (a separate queue: work admitted here
  // then runs its analysis through `limit`).
  const gate = pLimit(threads + 1);
  const busy = () =>
    Promise.reject(
      new AppError('unavailable', 'too many analyses are waiting; retry in 10 s', [], 10),
    );
  return {
    get waiting() {
      return limit.pendingCount + gate.pendingCount;
    },
    admit<T>(work: () => Promise<T>) {
      return gate.pendingCount >= maxWaiting ? busy() : gate(work);
    },
    run(load: () => Promise<UsageInput>) {
      if (limit.pendingCount >= maxWaiting) return busy();
      return limit(async () => {
        const answer = (await pool.run(await load())) as WorkerAnswer;
        if ('invalid' in answer) throw new AnalyticsInputError(answer.invalid);
        return answer.analysis;
      });
    },
    close: () => pool.destroy(),
  };
}
