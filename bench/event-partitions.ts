// Raw events before and after monthly partitioning (ADR 15), on the PostgreSQL server: loads N
// events spread evenly over M months for U users into a fresh bench_* database with the layout
// of migration 013 (--layout before: one table, unique (user_id, event_id)) or of today (after:
// monthly partitions, usage_event_ids for the last 36 days), then measures bytes per event,
// ingest batch latency, raw reads of one user (30 days by day, 12 months by month, one page of
// events) and retention of the oldest month (row DELETE before, DETACH + DROP after).
//
//   npx tsx bench/event-partitions.ts --layout before|after [--events 10000000] [--users 10000]
//     [--months 13] [--database-url postgres://postgres@127.0.0.1:5432/bench_parts_<layout>]
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_SERVER, recreateDatabase } from './lib/bench-db.js';
import { ingestUnpartitioned } from './lib/ingest-unpartitioned.js';
import { fmt, mdTable, summarize, timed } from './lib/stats.js';
import { bucketsFor } from '../src/domain/calendar.js';
import type { UsageEvent } from '../src/domain/events.js';
import { migrate } from '../src/store/migrate.js';
import { openPg } from '../src/store/pg-db.js';
import { loadPlans } from '../src/store/plans-catalog.js';
import { aggregateEvents } from '../src/store/queries/aggregate-events.js';
import { deleteEventsBefore } from '../src/store/queries/delete-old-events.js';
import { createEventPartition } from '../src/store/queries/event-partitions/create-event-partition.js';
import { dropEventPartition } from '../src/store/queries/event-partitions/drop-event-partition.js';
import { listEventPartitions } from '../src/store/queries/event-partitions/list-event-partitions.js';
import { trimExpiredEvents } from '../src/store/queries/event-partitions/trim-expired-events.js';
import { ingestBatch } from '../src/store/queries/ingest-batch.js';
import { listEventsPage } from '../src/store/queries/list-events.js';
import { loadavg } from 'node:os';

const USAGE = `usage: npx tsx bench/event-partitions.ts --layout before|after [--events 10000000]
       [--users 10000] [--months 13] [--database-url postgres://.../bench_parts_LAYOUT]`;
const opts = cliOptions(
  {
    layout: { type: 'string' },
    events: { type: 'string' },
    users: { type: 'string' },
    months: { type: 'string' },
    'database-url': { type: 'string' },
    help: { type: 'boolean' },
  },
  USAGE,
);
const layout = opts.layout;
if (layout !== 'before' && layout !== 'after') throw new Error(USAGE);
const N = Math.round(numberOption(opts.events, 10_000_000, 'events'));
const U = Math.round(numberOption(opts.users, 10_000, 'users'));
const M = Math.round(numberOption(opts.months, 13, 'months'));
const url = opts['database-url'] ?? `${DEFAULT_SERVER}/bench_parts_${layout}`;
const DAY = 86_400_000;
const log = (s: string) => console.error(s);
const loadAvg = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

await recreateDatabase(url);
const db = openPg({ connectionString: url, max: 4 });
await migrate(db, layout === 'before' ? '013_citus_layout.sql' : undefined);
await loadPlans(db);
const now = Date.now();
const end = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth() + 1, 1);
const start = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth() - M + 1, 1);
const span = Math.min(now, end) - start;
const seconds: Record<string, number> = {};

if (layout === 'after') {
  for (let m = start; m < end;) {
    const next = Date.UTC(new Date(m).getUTCFullYear(), new Date(m).getUTCMonth() + 1, 1);
    await db.transaction((tx) => createEventPartition(tx, { start: m, end: next }));
    m = next;
  }
}
await db.query(
  `INSERT INTO users (user_id) SELECT 'u' || lpad(i::text, 7, '0') FROM generate_series(0, $1::int - 1) AS i`,
  [U],
);
// Events in time order (as they arrive), users interleaved; every 50th has a client.
const CHUNK = 1_000_000;
const t0 = Date.now();
for (let i = 0; i < N; i += CHUNK) {
  const n = Math.min(CHUNK, N - i);
  await db.transaction(async (tx) => {
    await tx.query(`SET LOCAL synchronous_commit = off`);
    await tx.query(
      `INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id)
       SELECT 'u' || lpad((k % $3::int)::text, 7, '0'), 'evt-' || k,
         (ARRAY['session.created','audio.processed','api.call','api.call','transcription.completed'])[1 + k % 5],
         to_timestamp(($4::float8 + (k::float8 / $5::float8) * $6::float8) / 1000), 1 + k % 7,
         CASE WHEN k % 50 = 0 THEN 'client-' || (k % 3) END
       FROM generate_series($1::bigint, $2::bigint) AS k`,
      [i, i + n - 1, U, start, N, span],
    );
  });
  log(`  ${fmt(i + n, 0)} events, ${fmt((Date.now() - t0) / 1000)} s`);
}
// The ids of the acceptance window, as ingestion would have written them.
if (layout === 'after')
  await db.query(
    `INSERT INTO usage_event_ids (user_id, event_id, occurred_at)
     SELECT user_id, event_id, occurred_at FROM usage_events WHERE occurred_at >= now() - interval '36 days'`,
  );
seconds.load = (Date.now() - t0) / 1000;
await db.query('VACUUM (ANALYZE) usage_events');
if (layout === 'after') await db.query('VACUUM (ANALYZE) usage_event_ids');

const [size] = await db.query<{ events: number; ids: number; n: number; idn: number }>(
  `SELECT (SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) FROM pg_inherits
           WHERE inhparent = 'usage_events'::regclass)::float8
          + CASE WHEN EXISTS (SELECT 1 FROM pg_inherits WHERE inhparent = 'usage_events'::regclass)
              THEN 0 ELSE pg_total_relation_size('usage_events') END AS events,
     coalesce(pg_total_relation_size(to_regclass('usage_event_ids')), 0)::float8 AS ids,
     (SELECT count(*) FROM usage_events)::float8 AS n,
     CASE WHEN to_regclass('usage_event_ids') IS NULL THEN 0
       ELSE (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM usage_event_ids', false, true, '')))[1]::text::float8
     END AS idn`,
);

// Latencies: ingest batches of 500 new events of the last hour, raw reads of random users; run
// before and again after retention, so what dropping a month does to both is measured too.
const pick = (k: number) => `u${String((k * 7919) % U).padStart(7, '0')}`;
const days = bucketsFor(now - 30 * DAY, now, 'UTC', 'day');
const year = bucketsFor(start, end, 'UTC', 'month');
async function latencies(round: string) {
  const ingest: number[] = [];
  for (let b = 0; b < 40; b++) {
    const events: UsageEvent[] = Array.from({ length: 500 }, (_, j) => ({
      id: `new-${round}-${b}-${j}`,
      userId: pick(b * 500 + j),
      type: 'api.call',
      occurredAt: now - 3_600_000 + j * 1000,
      value: 1,
      clientId: null,
    }));
    const [, ms] = await timed<unknown>(() =>
      layout === 'after' ? ingestBatch(db, events) : ingestUnpartitioned(db, events),
    );
    ingest.push(ms);
  }
  const reads = { days: [] as number[], months: [] as number[], page: [] as number[] };
  for (let k = 0; k < 100; k++) {
    const u = pick(k + 17);
    reads.days.push((await timed(() => aggregateEvents(db, u, days)))[1]);
    reads.months.push((await timed(() => aggregateEvents(db, u, year)))[1]);
    reads.page.push((await timed(() => listEventsPage(db, u, now - 30 * DAY, now, null, 100)))[1]);
  }
  return { ingest, reads };
}
const beforeRetention = await latencies('a');

// Retention of the oldest month.
const oldestEnd = Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() + 1, 1);
let retention: { ms: number; rows: number; how: string };
if (layout === 'before') {
  const [rows, ms] = await timed(() => db.transaction((tx) => deleteEventsBefore(tx, oldestEnd)));
  retention = { ms, rows, how: 'DELETE FROM usage_events WHERE occurred_at < month end' };
} else {
  const [p] = await listEventPartitions(db);
  const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${p!.name}`)) as [
    { n: number },
  ];
  const [, ms] = await timed(() => db.transaction((tx) => dropEventPartition(tx, p!.name)));
  retention = { ms, rows: n, how: 'ALTER TABLE ... DETACH PARTITION; DROP TABLE' };
  const idDay = now - 35 * DAY;
  const [trim, trimMs] = await timed(() => trimExpiredEvents(db, start, idDay));
  log(`id trim of one day: ${trim.ids} ids in ${fmt(trimMs)} ms`);
  seconds.idTrimMs = trimMs;
  seconds.idTrimRows = trim.ids;
}
const afterRetention = await latencies('b');
const row = (name: string, ms: number[]) => {
  const s = summarize(ms);
  return [name, s.count, fmt(s.p50), fmt(s.p90), fmt(s.max)];
};
console.log(
  `\n### Raw events, layout ${layout}: ${fmt(size!.n, 0)} events, ${U} users, ${M} months (load ${loadAvg()})\n`,
);
console.log(
  `events with indexes: ${fmt(size!.events / 1048576, 0)} MB (${fmt(size!.events / size!.n)} bytes/event)` +
    (layout === 'after'
      ? `; usage_event_ids: ${fmt(size!.ids / 1048576, 0)} MB for ${fmt(size!.idn, 0)} ids of the last 36 days (${fmt(size!.ids / Math.max(1, size!.idn))} bytes/id)`
      : '') +
    `; load ${fmt(seconds.load!)} s\n`,
);
for (const [when, m] of [
  ['before retention', beforeRetention],
  ['after retention', afterRetention],
] as const)
  console.log(
    `\n${when}\n\n` +
      mdTable(
        ['operation', 'n', 'p50 ms', 'p90 ms', 'max ms'],
        [
          row('ingest batch of 500 (one statement)', m.ingest),
          row('raw read: one user, 30 days by day', m.reads.days),
          row(`raw read: one user, ${M} months by month`, m.reads.months),
          row('raw events page of 100 (30 days)', m.reads.page),
        ],
      ),
  );
console.log(
  `\nretention of the oldest month: ${fmt(retention.rows, 0)} events in ${fmt(retention.ms)} ms (${retention.how})` +
    (layout === 'after'
      ? `; trimming usage_event_ids by one day: ${fmt(seconds.idTrimRows!, 0)} rows in ${fmt(seconds.idTrimMs!)} ms`
      : ''),
);
await db.close();
