// The tables of bench/mixed-load.ts: reads against the floor, ingestion, cache hits, CPU profile.
import { rmSync } from 'node:fs';
import type autocannon from 'autocannon';
import { summarizeProfile } from './cpuprofile.js';
import type { PacerWindow } from './ingest-pacer.js';
import type { RunResult } from './pool-run.js';
import { fmt, mdTable, summarize } from './stats.js';

export interface MixedRun {
  title: string;
  env: Record<string, string>;
  connections: number;
  rate: number;
  duration: number;
  reads: autocannon.Result;
  serverCpu: number;
  floor: RunResult<number>;
  ingestDuringReads: PacerWindow;
  ingestDuringFloor: PacerWindow;
  before: Record<string, number> | null;
  after: Record<string, number> | null;
  profDir?: string;
}

/** Prints the run as markdown (and removes the profile folder). */
export function printMixedReport(r: MixedRun): void {
  const ingestRow = (label: string, w: PacerWindow) => {
    const s = summarize(w.latencies);
    return [
      label,
      fmt(r.rate, 0),
      fmt(w.accepted / w.seconds, 0),
      fmt(s.p50),
      fmt(s.p99),
      w.behind,
      w.errors.length,
    ];
  };
  const f = summarize(r.floor.latencies);
  const { reads } = r;
  console.log(`\n### Reads while ingesting (${r.title})\n`);
  if (Object.keys(r.env).length) console.log(`Server settings: ${JSON.stringify(r.env)}\n`);
  console.log(
    mdTable(
      [
        '12 months by day',
        'connections',
        'req/s',
        'p50 ms',
        'p99 ms',
        'max ms',
        'non-2xx',
        'server CPU s/s',
      ],
      [
        [
          'service (HTTP, gzip)',
          r.connections,
          fmt(reads.requests.average, 0),
          fmt(reads.latency.p50),
          fmt(reads.latency.p99),
          fmt(reads.latency.max),
          reads.non2xx + reads.errors,
          fmt(r.serverCpu / r.duration, 2),
        ],
        [
          'floor SQL (one statement, no HTTP)',
          r.connections,
          fmt(r.floor.latencies.length / r.floor.seconds, 0),
          fmt(f.p50),
          fmt(f.p99),
          fmt(f.max),
          r.floor.errors.length,
          '',
        ],
      ],
    ),
  );
  console.log(`\np99 service / floor: ${fmt(reads.latency.p99 / f.p99, 2)}x\n`);
  console.log(
    mdTable(
      [
        'ingestion',
        'asked events/s',
        'achieved events/s',
        'batch p50 ms',
        'batch p99 ms',
        'batches skipped (16 in flight)',
        'errors',
      ],
      [
        ingestRow('during the reads', r.ingestDuringReads),
        ingestRow('during the floor SQL', r.ingestDuringFloor),
      ],
    ),
  );
  const { before, after } = r;
  if (before && after) {
    const d = (key: string) => (after[key] ?? 0) - (before[key] ?? 0);
    const rows = Object.keys(after)
      .filter((key) => key.endsWith('Hits'))
      .map((key) => {
        const name = key.slice(0, -4);
        const [hits, misses] = [d(`${name}Hits`), d(`${name}Misses`)];
        return [name, fmt(hits, 0), fmt(misses, 0), fmt((100 * hits) / Math.max(1, hits + misses))];
      });
    console.log('\n' + mdTable(['cache', 'hits', 'misses', 'hit rate %'], rows));
  } else console.log('\n(the server reports no cache statistics)');
  if (r.profDir) {
    const p = summarizeProfile(r.profDir);
    console.log(`\nServer CPU profile (whole run), ${fmt(p.busyMs, 0)} ms busy:\n`);
    console.log(
      mdTable(
        ['where', 'ms'],
        p.byOrigin.map(([o, ms]) => [o, fmt(ms, 0)]),
      ),
    );
    console.log(
      '\n' +
        mdTable(
          ['function', 'ms'],
          p.byFunction.map(([o, ms]) => [o, fmt(ms, 0)]),
        ),
    );
    rmSync(r.profDir, { recursive: true, force: true });
  }
}
