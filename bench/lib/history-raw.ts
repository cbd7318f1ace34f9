// The history read without HTTP: the raw SQL of read-periods.ts for daily rows, the whole
// service call in-process, and EXPLAIN ANALYZE of every query one history request makes.
import { historyQuerySchema } from '../../src/domain/history-query.js';
import { resolveRange } from '../../src/domain/range.js';
import { getHistory } from '../../src/services/get-history.js';
import { createCaches, DEFAULT_CACHE_BYTES } from '../../src/services/caches.js';
import type { Db } from '../../src/store/db.js';
import { readPeriods } from '../../src/store/queries/read-periods.js';
import { runPool, type RunResult } from './pool-run.js';

export interface BenchUser {
  id: string;
  zone: string;
}

/** The instants the service reads for a period by day: the previous range through the range's end. */
export function readRange(period: '12m' | '30d', zone: string, now: number) {
  const r = resolveRange({ period, groupBy: 'day', tz: zone }, now);
  return { start: r.previous.start, end: r.end };
}

/** Times readPeriods(daily) over the users in seq order; returns latencies and rows per query. */
export function timeRawSql(
  db: Db,
  users: BenchUser[],
  seq: number[],
  period: '12m' | '30d',
  clients: number,
  seconds: number,
): Promise<RunResult<number>> {
  return runPool(seq, clients, seconds, async (i) => {
    const u = users[i]!;
    const { start, end } = readRange(period, u.zone, Date.now());
    return (await readPeriods(db, u.id, 'daily', start, end)).length;
  });
}

/** Times the whole getHistory service call in-process with nothing cached (every query plus the bucketing). */
export function timeService(
  db: Db,
  users: BenchUser[],
  seq: number[],
  period: '12m' | '30d',
  seconds: number,
): Promise<RunResult<number>> {
  const query = historyQuerySchema.parse({ period, groupBy: 'day' });
  // No history answers kept: every call computes, as a user's first visit of the day does.
  const caches = createCaches({ maxBytes: DEFAULT_CACHE_BYTES, historyEntries: 0 });
  const ctx = { db, now: () => Date.now(), caches };
  return runPool(seq, 1, seconds, async (i) => {
    const res = await getHistory({ ctx, input: { userId: users[i]!.id, query } });
    return res.buckets.length;
  });
}

export interface QueryCost {
  label: string;
  /** Mean time per request as the service sees it (send, execute, receive, parse rows). */
  clientMs: number;
  /** Server-side execution time of EXPLAIN ANALYZE for the median and the slowest request's user. */
  explainMs: { median: number; slowest: number };
  /** The slowest user's plan. */
  plan: string[];
}

export interface RequestProfile {
  requests: number;
  serviceMs: number;
  medianUser: string;
  slowestUser: string;
  slowestMs: number;
  queries: QueryCost[];
}

// Which store function issued a query, recognised by its text.
const FUNCTIONS: [RegExp, string][] = [
  [/concat_ws/, 'dataVersion'],
  [/FROM users WHERE/, 'getUser'],
  [/FROM rollup_dirty/, 'dirtyDays'],
  [/usage_client_days/, 'distinctClients'],
  [/storage\.measured'\s+AND occurred_at </, 'lastStorageBefore'],
  [/FROM usage_history h\s+WHERE/, 'readPeriods'],
  [/LEFT JOIN usage_events ev/, 'aggregateEvents'],
  [/FROM user_plan_history/, 'planAt'],
  [/FROM plans/, 'listPlans'],
];
const labelOf = (text: string) => {
  const fn = FUNCTIONS.find(([re]) => re.test(text))?.[1] ?? 'query';
  const tables = [...new Set([...text.matchAll(/\bFROM\s+([a-z_]+)/gi)].map((m) => m[1]))].filter(
    (t) => t !== 'unnest' && t !== 'b' && t !== 'raw' && t !== 'lo',
  );
  return `${fn}: ${tables.join(', ')}`;
};

type Call = { text: string; params: unknown[]; ms: number };

async function explain(db: Db, c: Call): Promise<{ ms: number; plan: string[] }> {
  const rows = await db.query<Record<string, string>>(
    `EXPLAIN (ANALYZE, BUFFERS) ${c.text}`,
    c.params,
  );
  const plan = rows.map((r) => Object.values(r)[0]!);
  return { ms: Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1] ?? Number.NaN), plan };
}

/**
 * Runs history requests for the users through a Db that times every query, then
 * EXPLAIN (ANALYZE, BUFFERS) each query of the median and of the slowest request.
 */
export async function profileRequests(
  db: Db,
  users: BenchUser[],
  period: '12m' | '30d',
): Promise<RequestProfile> {
  let calls: Call[] = [];
  const timing: Db = {
    ...db,
    query: async <T>(text: string, params?: unknown[]) => {
      const t0 = process.hrtime.bigint();
      const rows = await db.query<T>(text, params);
      calls.push({ text, params: params ?? [], ms: Number(process.hrtime.bigint() - t0) / 1e6 });
      return rows;
    },
  };
  const query = historyQuerySchema.parse({ period, groupBy: 'day' });
  // No history answers kept: every request is a miss and every query of it runs.
  const caches = createCaches({ maxBytes: DEFAULT_CACHE_BYTES, historyEntries: 0 });
  const ctx = { db: timing, now: () => Date.now(), caches };
  const runs: { user: string; ms: number; calls: Call[] }[] = [];
  for (const u of users) {
    calls = [];
    const t0 = process.hrtime.bigint();
    await getHistory({ ctx, input: { userId: u.id, query } });
    runs.push({ user: u.id, ms: Number(process.hrtime.bigint() - t0) / 1e6, calls });
  }
  const byTime = [...runs].sort((a, b) => a.ms - b.ms);
  const median = byTime[Math.floor(byTime.length / 2)]!;
  const slowest = byTime.at(-1)!;
  const queries: QueryCost[] = [];
  // Independent queries run in parallel, so their order varies: match them by what they are.
  const same = (r: { calls: Call[] }, c: Call) =>
    r.calls.find((x) => labelOf(x.text) === labelOf(c.text));
  for (const c of slowest.calls) {
    const mean = runs.reduce((a, r) => a + (same(r, c)?.ms ?? 0), 0) / runs.length;
    const mc = same(median, c);
    const m = mc ? await explain(db, mc) : { ms: Number.NaN };
    const s = await explain(db, c);
    queries.push({
      label: labelOf(c.text),
      clientMs: mean,
      explainMs: { median: m.ms, slowest: s.ms },
      plan: s.plan,
    });
  }
  return {
    requests: runs.length,
    serviceMs: runs.reduce((a, r) => a + r.ms, 0) / runs.length,
    medianUser: median.user,
    slowestUser: slowest.user,
    slowestMs: slowest.ms,
    queries,
  };
}
