// Runs work items from a shared list on N concurrent workers until the list or the time is
// exhausted, recording the latency of each item.
import { msSince } from './stats.js';

export interface RunResult<R> {
  latencies: number[];
  results: R[];
  errors: string[];
  seconds: number;
}

/** Each worker takes the next item until none are left or deadlineMs has passed. */
export async function runPool<T, R>(
  items: T[],
  workers: number,
  maxSeconds: number,
  fn: (item: T) => Promise<R>,
): Promise<RunResult<R>> {
  const out: RunResult<R> = { latencies: [], results: [], errors: [], seconds: 0 };
  const deadline = Date.now() + maxSeconds * 1000;
  let next = 0;
  const t0 = process.hrtime.bigint();
  const worker = async () => {
    while (next < items.length && Date.now() < deadline && out.errors.length < 20) {
      const item = items[next++]!;
      const t = process.hrtime.bigint();
      try {
        out.results.push(await fn(item));
        out.latencies.push(msSince(t));
      } catch (err) {
        out.errors.push((err as Error).message.slice(0, 300));
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  out.seconds = msSince(t0) / 1000;
  return out;
}
