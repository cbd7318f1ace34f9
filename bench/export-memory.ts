// Time and peak memory of exports: a raw CSV export of 1M events (streamed: memory must stay flat)
// and a 12-month PDF report. The events are loaded with set-based SQL into a bench_* database on
// the PostgreSQL server, rolled up, then exported through the running service over loopback.
//   npx tsx bench/export-memory.ts [--events 1000000] [--database-url postgres://.../bench_ui_export]
import { readFileSync } from 'node:fs';
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_SERVER, openServer, recreateDatabase } from './lib/bench-db.js';
import { startServer, tokenConfig } from './lib/server.js';
import { mintToken } from '../src/services/tokens.js';
import { runPendingRollups } from '../src/services/rebuild-rollups.js';

const opts = cliOptions(
  { events: { type: 'string' }, 'database-url': { type: 'string' }, help: { type: 'boolean' } },
  'usage: npx tsx bench/export-memory.ts [--events 1000000] [--database-url URL]',
);
const EVENTS = numberOption(opts.events, 1_000_000, 'events');
const URL_ = opts['database-url'] ?? `${DEFAULT_SERVER}/bench_ui_export`;
const USER = 'export-user';
const DAYS = 360;

const rssKb = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(
    new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0,
  );

async function load() {
  await recreateDatabase(URL_);
  const t = await openServer(URL_, 2);
  const started = performance.now();
  await t.db.query(
    `INSERT INTO users (user_id, time_zone, plan_name) VALUES ($1, 'Europe/Berlin', 'pro')`,
    [USER],
  );
  await t.db.query(
    `INSERT INTO user_plan_history (user_id, valid_from, plan_name, plan_limits) SELECT $1, '-infinity', 'pro', limits FROM plans WHERE name = 'pro'`,
    [USER],
  );
  // Events spread over the last DAYS days, with hostile-looking client ids to exercise neutralising.
  await t.db.query(
    `INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id)
     SELECT $1, 'e' || i,
       (ARRAY['session.created','audio.processed','transcription.completed','api.call','export.generated'])[1 + i % 5],
       now() - make_interval(secs => (i::float8 / $2) * $3 * 86400), CASE WHEN i % 5 = 1 THEN 1 + (i % 17) ELSE 1 END,
       CASE WHEN i % 3 = 0 THEN '=client-' || (i % 50) ELSE 'client-' || (i % 50) END
     FROM generate_series(1, $2) AS i`,
    [USER, EVENTS, DAYS],
  );
  await t.db.query(
    `INSERT INTO rollup_dirty SELECT $1, d, nextval('rollup_dirty_version')
     FROM (SELECT DISTINCT date_trunc('hour', occurred_at, 'UTC') AS d FROM usage_events WHERE user_id = $1) x`,
    [USER],
  );
  await runPendingRollups({
    ctx: { db: t.db, now: () => Date.now() },
    input: { retentionDays: 400 },
  });
  await t.db.query('ANALYZE');
  await t.close();
  return (performance.now() - started) / 1000;
}

async function measure(url: string, headers: Record<string, string>, pid: number) {
  const before = rssKb(pid, 'VmRSS');
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssKb(pid, 'VmRSS'))), 50);
  const started = performance.now();
  const res = await fetch(url, { headers });
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, rssKb(pid, 'VmRSS'));
  return {
    status: res.status,
    seconds,
    bytes,
    lines,
    beforeMb: before / 1024,
    peakMb: peak / 1024,
  };
}

const loadSeconds = await load();
const server = await startServer({ databaseUrl: URL_ });
try {
  const token = await mintToken(tokenConfig(server.secret), USER, 'read', 3600, Date.now());
  const headers = { authorization: `Bearer ${token}` };
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const csv = await measure(
    `${server.url}/api/usage/export?format=csv&raw=true&period=custom&from=${from}&to=${to}`,
    headers,
    server.pid,
  );
  const pdf = await measure(
    `${server.url}/api/usage/export?format=pdf&period=12m`,
    headers,
    server.pid,
  );
  const row = (name: string, r: typeof csv, what: string) =>
    `| ${name} | ${r.status} | ${r.seconds.toFixed(1)} s | ${r.bytes >= 1e6 ? `${(r.bytes / 1e6).toFixed(1)} MB` : `${(r.bytes / 1e3).toFixed(0)} KB`} ${what} | ${r.beforeMb.toFixed(0)} MB | ${r.peakMb.toFixed(0)} MB | ${(r.peakMb - r.beforeMb).toFixed(0)} MB |`;
  console.log(
    `\n${EVENTS.toLocaleString('en-US')} events loaded and rolled up in ${loadSeconds.toFixed(0)} s (PostgreSQL server, ${URL_.replace(/\/\/[^@/]*@/, '//')})\n`,
  );
  console.log('| export | status | time | size | server RSS before | server RSS peak | growth |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(
    row(
      'raw CSV, all events of 12 months',
      csv,
      `(${(csv.lines - 1).toLocaleString('en-US')} rows)`,
    ),
  );
  console.log(row('PDF report, 12 months', pdf, ''));
} finally {
  await server.stop();
}
