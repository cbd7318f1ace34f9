// Markdown report of the history benchmark.
import type autocannon from 'autocannon';
import { summarizeProfile } from './cpuprofile.js';
import type { RequestProfile } from './history-raw.js';
import type { RunResult } from './pool-run.js';
import { fmt, mdTable, summarize, type LatencySummary } from './stats.js';

export interface HistoryRun {
  title: string;
  /** With the CPU seconds the server process and this process (autocannon) used meanwhile. */
  http: {
    period: string;
    /** Which server: cached answers, or every request computed. */
    label: string;
    r: autocannon.Result;
    serverCpu: number;
    benchCpu: number;
    /** Each user's first request (8 at a time), when the run primed them. */
    first?: LatencySummary;
  }[];
  raw: { period: string; what: string; clients: number; r: RunResult<number> }[];
  profiles: { period: string; p: RequestProfile }[];
  profDir?: string;
}

export function printHistoryReport(run: HistoryRun): void {
  console.log(`\n### ${run.title}\n`);
  console.log(
    mdTable(
      [
        'request',
        'server',
        'connections',
        'seconds',
        'requests',
        'req/s',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
        'non-2xx + errors',
        'server CPU ms/request',
        'server CPU % of a core',
        'autocannon CPU % of a core',
      ],
      run.http.map(({ period, label, r, serverCpu, benchCpu }) => [
        `GET history ${period} by day`,
        label,
        r.connections,
        r.duration,
        fmt(r.requests.total, 0),
        fmt(r.requests.average),
        r.latency.p50,
        r.latency.p90,
        r.latency.p99,
        r.latency.max,
        r.non2xx + r.errors,
        fmt((1000 * serverCpu) / Math.max(1, r.requests.total), 1),
        fmt((100 * serverCpu) / r.duration, 0),
        fmt((100 * benchCpu) / r.duration, 0),
      ]),
    ),
  );
  const primed = run.http.filter((h) => h.first);
  if (primed.length > 0) {
    console.log(
      "\nEach user's first request (not in the cache yet), 8 at a time, before the above:\n",
    );
    console.log(
      mdTable(
        ['request', 'users', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'],
        primed.map(({ period, first: f }) => [
          `GET history ${period} by day`,
          f!.count,
          fmt(f!.p50, 1),
          fmt(f!.p90, 1),
          fmt(f!.p99, 1),
          fmt(f!.max, 1),
        ]),
      ),
    );
  }
  console.log('\nSame random users, without HTTP (service stopped):\n');
  console.log(
    mdTable(
      [
        'period',
        'what',
        'clients',
        'calls',
        'per s',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
        'rows or buckets',
      ],
      run.raw.map(({ period, what, clients, r }) => {
        const s = summarize(r.latencies);
        const per = r.results.reduce((a, b) => a + b, 0) / Math.max(1, r.results.length);
        return [
          period,
          what,
          clients,
          fmt(s.count, 0),
          fmt(s.count / r.seconds),
          fmt(s.p50, 2),
          fmt(s.p90, 2),
          fmt(s.p99, 2),
          fmt(s.max, 2),
          fmt(per, 0),
        ];
      }),
    ),
  );
  for (const { period, p } of run.profiles) {
    console.log(
      `\nWhere a ${period}-by-day request spends its time (getHistory in-process over ${p.requests} users, ` +
        `mean ${fmt(p.serviceMs, 1)} ms; median request ${p.medianUser}, slowest ${p.slowestUser} at ${fmt(p.slowestMs, 1)} ms):\n`,
    );
    const inQueries = p.queries.reduce((a, q) => a + q.clientMs, 0);
    console.log(
      mdTable(
        [
          '#',
          'query (store function: tables)',
          'client ms (mean)',
          'EXPLAIN ms, median user',
          'EXPLAIN ms, slowest user',
        ],
        [
          ...p.queries.map((q, i) => [
            i + 1,
            q.label,
            fmt(q.clientMs, 2),
            fmt(q.explainMs.median, 3),
            fmt(q.explainMs.slowest, 3),
          ]),
          [
            '',
            'outside queries (bucketing, summaries, JS)',
            fmt(p.serviceMs - inQueries, 2),
            '',
            '',
          ],
          ['', 'service total', fmt(p.serviceMs, 2), '', ''],
        ],
      ),
    );
    for (const [i, q] of p.queries.entries()) {
      if (q.explainMs.slowest >= 1) {
        console.log(
          `\nPlan of query ${i + 1} (${q.label}) for ${p.slowestUser}:\n\n\`\`\`\n${q.plan.join('\n')}\n\`\`\``,
        );
      }
    }
  }
  if (run.profDir) {
    const p = summarizeProfile(run.profDir);
    console.log(
      `\nServer CPU profile (main thread, whole run, ${fmt(p.busyMs / 1000)} s busy), self time by origin:\n`,
    );
    console.log(
      mdTable(
        ['origin', 'ms', '%'],
        p.byOrigin.map(([o, ms]) => [o, fmt(ms, 0), fmt((100 * ms) / p.busyMs)]),
      ),
    );
    console.log('\nTop functions by self time:\n');
    console.log(
      mdTable(
        ['function', 'ms', '%'],
        p.byFunction.map(([f, ms]) => [f, fmt(ms, 0), fmt((100 * ms) / p.busyMs)]),
      ),
    );
  }
}
