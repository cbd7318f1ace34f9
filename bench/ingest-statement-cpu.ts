// The database's CPU for one batch: the raw insert (insertEvents) against ingestion's statement
// (ingestBatch: users, events and stale-hour markers), alternating on one connection, measured as
// the backend process's own CPU time (/proc/PID/schedstat), which a busy shared machine inflates
// far less than wall time. The server must run on this machine.
//
//   npx tsx bench/ingest-statement-cpu.ts [--batches 40] [--users 2000]
//        [--database-url postgres://.../bench_ui_ingest_cpu] [--session-sql 'SET ...']
//
// --session-sql runs first on the connection (e.g. a Citus setting, to see what it changes).
// Drops and recreates its bench_* database; warms up with one batch of each (every user created).
import { readFileSync } from 'node:fs';
import { ingestBatch } from '../src/store/queries/ingest-batch.js';
import { insertEvents } from '../src/store/queries/insert-events.js';
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_SERVER, openServer, recreateDatabase } from './lib/bench-db.js';
import { makeBatches } from './lib/events-gen.js';
import { fmt, loadLine } from './lib/stats.js';

const USAGE = `usage: npx tsx bench/ingest-statement-cpu.ts [--batches 40] [--users 2000] [--database-url URL]
       [--session-sql SQL]`;
const opts = cliOptions(
  {
    batches: { type: 'string' },
    users: { type: 'string' },
    'database-url': { type: 'string' },
    'session-sql': { type: 'string' },
    help: { type: 'boolean' },
  },
  USAGE,
);
const n = Math.round(numberOption(opts.batches, 40, 'batches'));
const users = Math.round(numberOption(opts.users, 2000, 'users'));
const url = opts['database-url'] ?? `${DEFAULT_SERVER}/bench_ui_ingest_cpu`;

await recreateDatabase(url);
// One connection, so every statement runs in the same backend process.
const target = await openServer(url, 1);
const db = target.db;
if (opts['session-sql']) await db.query(opts['session-sql']);
const pid = (await db.query<{ p: number }>('SELECT pg_backend_pid() AS p'))[0]!.p;
const cpuMs = () => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;

const batches = makeBatches({
  prefix: `cpu-${Date.now().toString(36)}`,
  batches: 2 * n + 2,
  batchSize: 1000,
  users,
  now: Date.now(),
  spreadHours: 6,
  seed: 7,
});
const paths = {
  'raw SQL: insertEvents': (b: (typeof batches)[number]) => insertEvents(db, b),
  'ingestBatch (users, events, markers)': (b: (typeof batches)[number]) => ingestBatch(db, b),
};
const names = Object.keys(paths) as (keyof typeof paths)[];
const cpu: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
const wall: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
const loadBefore = loadLine();
let next = 0;
for (let round = -1; round < n; round++) {
  // Alternating which goes first, so neither always follows the other's commit.
  for (const name of round % 2 ? names : [...names].reverse()) {
    const [c0, t0] = [cpuMs(), performance.now()];
    await paths[name](batches[next++]!);
    if (round >= 0) cpu[name]!.push(cpuMs() - c0);
    if (round >= 0) wall[name]!.push(performance.now() - t0);
  }
}
await target.close();

const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log(
  `\nDatabase backend CPU per batch of 1,000 events (${users} users), ${n} batches each:\n`,
);
for (const name of names) console.log(`  ${name}: median ${fmt(median(cpu[name]!))} ms`);
const [raw, ingest] = names.map((k) => median(cpu[k]!));
const ratio = raw! / ingest!;
console.log(`  raw / ingestBatch: ${fmt(ratio, 2)}`);
// Each statement's time too: on Citus the coordinator's CPU is only part of it.
for (const name of names) console.log(`  ${name}: median wall ${fmt(median(wall[name]!))} ms`);
console.log(`\nMachine: ${loadBefore} before, ${loadLine()} after.`);
