// Top clients and "other" for a user with 100,000 distinct clients: the latency of
// GET /api/usage/clients's service (getTopClients) over this month and last month (monthly client
// rows), 30 days (daily rows) and 12 months, with today's 20,000 events rolled up but for the
// current hour (or never, --today-unrolled), on the embedded database (PGlite, in memory). Client
// rows are written with SQL in the shape the rollup writes them (every client on 3 days of the
// month, every 10th client on one day in each of the 12 months before). --server runs it on a
// PostgreSQL server instead (that database is dropped and recreated). Each range is timed three
// ways (one pass without caches, a process's first request, later requests while new events
// arrive today) and every answer is checked against the one-pass answer.
//
//   npx tsx bench/client-breakdown.ts [--clients 100000] [--runs 15] [--server URL] [--today-unrolled]
import { cliOptions, numberOption } from './lib/args.js';
import { loadLine, summarize } from './lib/stats.js';
import { DEFAULT_SERVER, openServer, recreateDatabase } from './lib/bench-db.js';
import type { Db } from '../src/store/db.js';
import { openPglite } from '../src/store/pglite-db.js';
import { migrate } from '../src/store/migrate.js';
import { loadPlans } from '../src/store/plans-catalog.js';
import { createCaches } from '../src/services/caches.js';
import { ExportSlots } from '../src/services/export-slots.js';
import type { ServiceContext } from '../src/services/context.js';
import { getTopClients } from '../src/services/top-clients.js';
import { setUser } from '../src/services/set-user.js';
import { topClientsQuerySchema } from '../src/contracts/clients.js';

const opts = cliOptions(
  {
    clients: { type: 'string' },
    runs: { type: 'string' },
    server: { type: 'string' },
    'today-unrolled': { type: 'boolean' },
    help: { type: 'boolean' },
  },
  'usage: npx tsx bench/client-breakdown.ts [--clients 100000] [--runs 15] [--server URL] [--today-unrolled]',
);
const CLIENTS = numberOption(opts.clients, 100_000, 'clients');
const RUNS = numberOption(opts.runs, 15, 'runs');
const NOW = '2026-11-30T12:00:00Z';

async function open(): Promise<{ db: Db; label: string; close(): Promise<void> }> {
  if (opts.server === undefined) {
    const db = await openPglite(null);
    await migrate(db);
    await loadPlans(db);
    return { db, label: 'PGlite in memory', close: () => db.close() };
  }
  const url = opts.server || `${DEFAULT_SERVER}/bench_clients`;
  await recreateDatabase(url);
  return openServer(url);
}
const target = await open();
const db = target.db;
const t = { db, drop: () => target.close() };
const ctx: ServiceContext & { caches: ReturnType<typeof createCaches> } = {
  db,
  exportSlots: new ExportSlots(),
  now: () => Date.parse(NOW),
  caches: createCaches(),
};
const user = 'many-clients';
await setUser({ ctx, input: { userId: user, patch: { timeZone: 'UTC' } } });
const t0 = performance.now();
// Daily rows: client c on days (c % 30), (c*7 % 30), (c*13 % 30) of November, api calls c % 97 + 1.
await t.db.query(
  `INSERT INTO usage_client_history (user_id, period_type, period_start, period_end, client_id, api_calls_made, sessions_created, event_count)
   SELECT $1, 'daily', d, d + interval '1 day', 'client-' || c, (c % 97) + 1 + k, 1, 2
   FROM generate_series(0, $2 - 1) AS c,
     LATERAL (VALUES (0, c % 30), (1, (c * 7) % 30), (2, (c * 13) % 30)) AS x(k, o),
     LATERAL (SELECT timestamptz '2026-11-01T00:00:00Z' + make_interval(days => o) AS d) dd
   WHERE dd.d < timestamptz '2026-11-30T00:00:00Z'
   ON CONFLICT DO NOTHING`,
  [user, CLIENTS],
);
// Today: 20,000 raw api.call events over 5,000 of the clients from 00:00 to 11:06. As on a running
// server, the hours before 11:00 are rolled up (hourly client rows, today's daily rows) and only
// the current hour is stale; --today-unrolled leaves the whole day to raw events (never rolled up,
// every hour marked), the worst case.
await t.db.query(
  `INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id)
   SELECT $1, 'e' || i, 'api.call', timestamptz '2026-11-30T00:00:00Z' + make_interval(secs => i * 2), 1, 'client-' || (i % 5000)
   FROM generate_series(0, 19999) AS i`,
  [user],
);
if (!opts['today-unrolled']) {
  await t.db.query(
    `INSERT INTO usage_client_history (user_id, period_type, period_start, period_end, client_id, api_calls_made, event_count)
     SELECT $1, 'hourly', date_trunc('hour', occurred_at), date_trunc('hour', occurred_at) + interval '1 hour', client_id, sum(value), count(*)
     FROM usage_events WHERE user_id = $1 AND occurred_at < timestamptz '2026-11-30T11:00:00Z' GROUP BY 2, 3, 5`,
    [user],
  );
  await t.db.query(
    `INSERT INTO usage_client_history (user_id, period_type, period_start, period_end, client_id, api_calls_made, event_count)
     SELECT $1, 'daily', '2026-11-30T00:00:00Z', '2026-12-01T00:00:00Z', client_id, sum(api_calls_made), sum(event_count)
     FROM usage_client_history WHERE user_id = $1 AND period_type = 'hourly' GROUP BY client_id`,
    [user],
  );
}
// Monthly rows for November (sums of the days) and, for every 10th client, each month before.
await t.db.query(
  `INSERT INTO usage_client_history (user_id, period_type, period_start, period_end, client_id, api_calls_made, sessions_created, event_count)
   SELECT $1, 'monthly', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z', client_id, sum(api_calls_made), sum(sessions_created), sum(event_count)
   FROM usage_client_history WHERE user_id = $1 AND period_type = 'daily' GROUP BY client_id`,
  [user],
);
await t.db.query(
  `INSERT INTO usage_client_history (user_id, period_type, period_start, period_end, client_id, api_calls_made, sessions_created, event_count)
   SELECT $1, p, m, m + interval '1 month', 'client-' || c, (c % 89) + 1, 1, 1
   FROM generate_series(0, $2 - 1, 10) AS c, generate_series(1, 12) AS k,
     LATERAL (SELECT timestamptz '2026-11-01T00:00:00Z' - make_interval(months => k) AS m) mm,
     LATERAL (VALUES ('monthly'), ('daily')) AS pt(p)`,
  [user, CLIENTS],
);
// The users' daily totals the client rows add up to (the closed days' version reads their write
// times; a stale day with a daily row of its exact bounds was rolled up in this zone).
await t.db.query(
  `INSERT INTO usage_history (user_id, period_type, period_start, period_end, api_calls_made, sessions_created, event_count)
   SELECT $1, 'daily', period_start, min(period_end), sum(api_calls_made), sum(sessions_created), sum(event_count)
   FROM usage_client_history WHERE user_id = $1 AND period_type = 'daily' GROUP BY period_start`,
  [user],
);
await t.db.query(
  `INSERT INTO rollup_dirty (user_id, utc_hour, version)
   SELECT $1, h, nextval('rollup_dirty_version')
   FROM generate_series(timestamptz '2026-11-30T00:00:00Z', timestamptz '2026-11-30T11:00:00Z', interval '1 hour') AS h
   WHERE $2 OR h = timestamptz '2026-11-30T11:00:00Z'`,
  [user, !!opts['today-unrolled']],
);
const [rows] = await t.db.query<{ n: number }>(
  `SELECT count(*)::int AS n FROM usage_client_history WHERE user_id = $1`,
  [user],
);
console.log(
  `${CLIENTS.toLocaleString('en')} clients, ${rows!.n.toLocaleString('en')} client rows, 20,000 raw events today (${opts['today-unrolled'] ? 'never rolled up' : 'rolled up but the last hour'}); set up in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
console.log(`${target.label}; ${loadLine()}`);

const cases: [string, Record<string, string>][] = [
  [
    'this month (monthly row less today, today from its rows and raw events)',
    { period: 'this_month' },
  ],
  ['last month (monthly rows)', { period: 'last_month' }],
  ['30 days (daily rows + today)', { period: '30d' }],
  ['12 months (monthly + daily + raw)', { period: '12m' }],
];
// Three ways to answer: one pass over every client's rows (no caches: what every request cost
// before the closed days were kept), the first request of a process (the one pass; the closed days are read after it for later requests),
// and the next requests while usage flows (10 new events today before each: only the open part,
// today's raw events, is read again).
const onePass: ServiceContext = { ...ctx, caches: undefined };
let n = 0;
const newEvents = () =>
  t.db.query(
    `INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id)
     SELECT $1, 'n' || ($2::int * 10 + i), 'api.call', timestamptz '2026-11-30T11:00:00Z', 1, 'client-' || (($2::int * 37 + i) % 100000)
     FROM generate_series(0, 9) AS i`,
    [user, n++],
  );
console.log(
  '| range | one pass, no cache: p50 / p90 | first request (one pass; closed days read after it): p50 / p90 | next requests, 10 new events today before each: p50 / p90 | clients counted |',
);
console.log('|---|---|---|---|---|');
for (const [label, q] of cases) {
  const query = topClientsQuerySchema.parse({ ...q, limit: '10' });
  const cols: string[] = [];
  let counted = 0;
  for (const mode of ['one pass', 'first', 'next'] as const) {
    const ms: number[] = [];
    if (mode === 'next') await getTopClients({ ctx, input: { userId: user, query } });
    for (let r = 0; r < RUNS; r++) {
      if (mode === 'first') ctx.caches = createCaches();
      await newEvents();
      const c = mode === 'one pass' ? onePass : ctx;
      const s = performance.now();
      const res = await getTopClients({ ctx: c, input: { userId: user, query } });
      ms.push(performance.now() - s);
      counted = res.clientCount;
      if (res.clients.length > 10) throw new Error('more than the limit');
      // The next request waits for the closed days read after a first one, so that read does
      // not overlap the next run.
      if (mode === 'first') await getTopClients({ ctx, input: { userId: user, query } });
      const check = await getTopClients({ ctx: onePass, input: { userId: user, query } });
      if (JSON.stringify(check) !== JSON.stringify(res))
        throw new Error(`${label}: ${mode} differs from one pass`);
    }
    const st = summarize(ms);
    cols.push(`${st.p50.toFixed(0)} / ${st.p90.toFixed(0)} ms`);
  }
  console.log(`| ${label} | ${cols.join(' | ')} | ${counted.toLocaleString('en')} |`);
}
await t.drop();
