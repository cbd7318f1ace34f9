// Command-line options for the benchmarks, on node:util parseArgs, with numbers checked.
import { parseArgs } from 'node:util';

type Spec = Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>;

/** Parses process.argv against the spec; exits with the usage line on an unknown option. */
export function cliOptions<S extends Spec>(spec: S, usage: string) {
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: spec, strict: true });
    if ((values as Record<string, unknown>).help) {
      console.log(usage);
      process.exit(0);
    }
    return values as { [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : string };
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
}

/** A positive number option (underscores and k/M suffixes allowed: 10M, 200k, 1_000_000). */
export function numberOption(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const m = /^([\d_.]+)([kKmM]?)$/.exec(value.trim());
  const scale = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[m?.[2] ?? ''] ?? 1;
  const n = m ? Number(m[1]!.replaceAll('_', '')) * scale : Number.NaN;
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`--${name} must be a positive number, got ${value}`);
    process.exit(2);
  }
  return n;
}
