// Small statistics and markdown helpers shared by the store benchmarks.
import { availableParallelism, loadavg } from 'node:os';

/** The p-th percentile (0-100) of the values, nearest-rank on a sorted copy; NaN when empty. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** p50/p90/p99/max/mean of latencies in milliseconds. */
export function summarize(ms: number[]): LatencySummary {
  const sum = ms.reduce((a, b) => a + b, 0);
  return {
    count: ms.length,
    p50: percentile(ms, 50),
    p90: percentile(ms, 90),
    p99: percentile(ms, 99),
    max: ms.length ? Math.max(...ms) : Number.NaN,
    mean: ms.length ? sum / ms.length : Number.NaN,
  };
}

/** Formats a number for a table: integers with separators, others with the given decimals. */
export function fmt(n: number, decimals = 1): string {
  if (!Number.isFinite(n)) return 'n/a';
  if (Number.isInteger(n) && Math.abs(n) >= 1000) return n.toLocaleString('en-US');
  return n.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** A GitHub-flavoured markdown table. */
export function mdTable(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Milliseconds since a process.hrtime.bigint() mark. */
export function msSince(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Runs fn, returning its result and the elapsed milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = process.hrtime.bigint();
  const result = await fn();
  return [result, msSince(t0)];
}

/** The 1-minute load average and core count, to show how busy the shared machine was. */
export function loadLine(): string {
  const [one] = loadavg();
  return `load average ${one!.toFixed(2)} on ${availableParallelism()} cores`;
}
