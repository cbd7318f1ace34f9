// The HTTP half of the history benchmark: every user's first request (the cache is cold for it),
// a warm-up, then autocannon over random users with 32 connections.
import autocannon from 'autocannon';
import type { HistoryRun } from './history-report.js';
import type { RunningServer } from './server.js';
import { summarize } from './stats.js';

export interface Scenario {
  period: string;
  path: string;
}

export interface HttpOptions {
  connections: number;
  warmup: number;
  duration: number;
  gzip: boolean;
  /** Request every user once before the warm-up, so the measurement sees each user's second visit onwards. */
  prime: boolean;
  label: string;
  log: (line: string) => void;
}

/** Requests each user once, 8 at a time; returns the latency of each first request in ms. */
async function primeUsers(url: string, path: string, tokens: string[], headers: object) {
  const ms: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tokens.length) {
      const token = tokens[next++]!;
      const t0 = performance.now();
      const res = await fetch(url + path, {
        headers: { ...headers, authorization: `Bearer ${token}` },
      });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status} while priming`);
      ms.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return ms;
}

/** Runs every scenario against a started server and returns one row per scenario. */
export async function measureHttp(
  server: RunningServer,
  tokens: string[],
  seq: number[],
  scenarios: readonly Scenario[],
  o: HttpOptions,
): Promise<HistoryRun['http']> {
  const extra = o.gzip ? { 'accept-encoding': 'gzip' } : {};
  const rows: HistoryRun['http'] = [];
  let k = 0;
  const cannon = (path: string, seconds: number) =>
    autocannon({
      url: server.url,
      connections: o.connections,
      duration: seconds,
      requests: [
        {
          method: 'GET',
          path,
          setupRequest: (req) => {
            const token = tokens[seq[k++ % seq.length]!]!;
            return {
              ...req,
              headers: { ...req.headers, ...extra, authorization: `Bearer ${token}` },
            };
          },
        },
      ],
    });
  for (const s of scenarios) {
    let first: ReturnType<typeof summarize> | undefined;
    if (o.prime) {
      o.log(
        `${o.label} ${s.path}: first request of each of ${tokens.length} users, 8 at a time...`,
      );
      first = summarize(await primeUsers(server.url, s.path, tokens, extra));
    }
    o.log(
      `${o.label} ${s.path}: ${o.warmup} s warm-up, then ${o.duration} s with ${o.connections} connections...`,
    );
    await cannon(s.path, o.warmup);
    k = 0;
    const [server0, bench0] = [server.cpuSeconds(), process.cpuUsage()];
    const r = await cannon(s.path, o.duration);
    const bench = process.cpuUsage(bench0);
    const serverCpu = server0 === null ? Number.NaN : server.cpuSeconds()! - server0;
    rows.push({
      period: s.period,
      label: o.label,
      r,
      serverCpu,
      benchCpu: (bench.user + bench.system) / 1e6,
      first,
    });
  }
  return rows;
}
