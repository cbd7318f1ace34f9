// Ingestion throughput: batches of 1,000 events from 4 concurrent clients through
// POST /api/usage/events, against the raw SQL of the same insert in the same run.
//
//   npx tsx bench/ingest-throughput.ts [--events 200000] [--seconds 60] [--clients 4]
//        [--batch 1000] [--users 2000] [--drain-seconds 120]
//        [--database-url postgres://.../bench_ui_ingest | --embedded] [--cpu-prof]
//
// --cpu-prof prints where the server's CPU went (self time by file and function, the whole run).
// The server variant drops and recreates its bench_* database; --embedded runs the service on
// PGlite in a temporary DATA_DIR. Afterwards stored events must equal acknowledged events.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UsageEvent } from '../src/domain/events.js';
import type { Db } from '../src/store/db.js';
import { ensureUsers } from '../src/store/queries/ensure-users.js';
import { insertEvents } from '../src/store/queries/insert-events.js';
import { markDirty } from '../src/store/queries/mark-dirty.js';
import { mintToken } from '../src/services/tokens.js';
import { cliOptions, numberOption } from './lib/args.js';
import {
  DEFAULT_INGEST_URL,
  openDataDir,
  openIngestServer,
  recreateDatabase,
  type Target,
} from './lib/bench-db.js';
import { profileLines } from './lib/cpuprofile.js';
import { makeBatches, toBody } from './lib/events-gen.js';
import { runPool, type RunResult } from './lib/pool-run.js';
import { startServer, tokenConfig, waitForRollups } from './lib/server.js';
import { fmt, loadLine, mdTable, summarize } from './lib/stats.js';

const USAGE = `usage: npx tsx bench/ingest-throughput.ts [--events 200000] [--seconds 60] [--clients 4]
       [--batch 1000] [--users 2000] [--drain-seconds 120]
       [--database-url URL (default ${DEFAULT_INGEST_URL}) | --embedded] [--cpu-prof]`;
const opts = cliOptions(
  {
    events: { type: 'string' },
    seconds: { type: 'string' },
    clients: { type: 'string' },
    batch: { type: 'string' },
    users: { type: 'string' },
    'database-url': { type: 'string' },
    embedded: { type: 'boolean' },
    'drain-seconds': { type: 'string' },
    'cpu-prof': { type: 'boolean' },
    help: { type: 'boolean' },
  },
  USAGE,
);
const total = Math.round(numberOption(opts.events, 200_000, 'events'));
const seconds = numberOption(opts.seconds, 60, 'seconds');
const clients = Math.round(numberOption(opts.clients, 4, 'clients'));
const batchSize = Math.min(1000, Math.round(numberOption(opts.batch, 1000, 'batch')));
const users = Math.round(numberOption(opts.users, 2000, 'users'));
const drainSeconds = numberOption(opts['drain-seconds'], 120, 'drain-seconds');
const url = opts['database-url'] ?? DEFAULT_INGEST_URL;
const embedded = !!opts.embedded;
const log = (line: string) => console.error(line);

const runId = Date.now().toString(36);
const batches = (prefix: string, n: number, seed: number) =>
  makeBatches({
    prefix: `${prefix}-${runId}`,
    batches: n,
    batchSize,
    users,
    now: Date.now(),
    spreadHours: 6,
    seed,
  });
const nBatches = Math.ceil(total / batchSize);

interface Ack {
  accepted: number;
  duplicates: number;
  conflicts: unknown[];
}

// --- HTTP -----------------------------------------------------------------------------------
const dataDir = embedded ? mkdtempSync(join(tmpdir(), 'ui-bench-ingest-')) : undefined;
if (!embedded) await recreateDatabase(url);
log(`Starting the server on ${embedded ? `PGlite in ${dataDir}` : url}...`);
const loadBefore = loadLine();
const profDir = opts['cpu-prof'] ? mkdtempSync(join(tmpdir(), 'ui-ingest-prof-')) : undefined;
const server = await startServer({
  ...(embedded ? { dataDir } : { databaseUrl: url }),
  cpuProfDir: profDir,
});
const token = await mintToken(tokenConfig(server.secret), 'service', 'ingest', 3600, Date.now());
const post = async (body: string): Promise<Ack> => {
  const res = await fetch(`${server.url}/api/usage/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  return JSON.parse(text) as Ack;
};
let http: RunResult<Ack>;
let warm: RunResult<Ack>;
let drain = { atEnd: 0, left: 0, seconds: 0 };
let serverCpu = Number.NaN;
try {
  // Warm-up (one batch per client, creates most users), then the measured run.
  warm = await runPool(batches('warm', clients, 1).map(toBody), clients, seconds, post);
  const bodies = batches('http', nBatches, 2).map(toBody);
  log(
    `HTTP: ${nBatches} batches of ${batchSize} from ${clients} clients (at most ${seconds} s)...`,
  );
  const cpu0 = server.cpuSeconds();
  http = await runPool(bodies, clients, seconds, post);
  serverCpu = cpu0 === null ? Number.NaN : server.cpuSeconds()! - cpu0;
  log(`Waiting (at most ${drainSeconds} s) for the rollups to catch up...`);
  drain = await waitForRollups(server.url, token, drainSeconds);
} finally {
  await server.stop();
}

// --- Raw SQL (same database, service stopped; the session settings ingestion's pool gets) ----
const target: Target = embedded
  ? await openDataDir(dataDir!, 'existing')
  : await openIngestServer(url, clients);
const count = async (db: Db) =>
  (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM usage_events'))[0]?.n ?? 0;
const inserted = (outcomes: string[][]) => outcomes.flat().filter((o) => o === 'inserted').length;
const dirtyLeft = (
  await target.db.query<{ n: number }>('SELECT count(*)::int AS n FROM rollup_dirty')
)[0]?.n;
const storedAfterHttp = await count(target.db);
let sql: RunResult<string[]>;
let tx: RunResult<string[]>;
let storedAtEnd = 0;
let warmInserted = 0;
// Like the HTTP run, each raw run starts with one unmeasured batch per client.
const measure = async (
  prefix: string,
  seed: number,
  fn: (b: UsageEvent[]) => Promise<string[]>,
) => {
  const w = await runPool(batches(`${prefix}warm`, clients, seed + 10), clients, seconds, fn);
  warmInserted += inserted(w.results);
  return runPool(batches(prefix, nBatches, seed), clients, seconds, fn);
};
try {
  log('Raw SQL: the insert of src/store/queries/insert-events.ts alone...');
  sql = await measure('sql', 3, (b) => insertEvents(target.db, b));
  log('Raw SQL: the whole ingest transaction (ensureUsers + insertEvents + markDirty)...');
  tx = await measure('tx', 4, (b) =>
    target.db.transaction(async (q) => {
      await ensureUsers(
        q,
        b.map((e) => e.userId),
      );
      const r = await insertEvents(q, b);
      const fresh = b.filter((_, i) => r[i] === 'inserted');
      await markDirty(
        q,
        fresh.map((e) => e.userId),
        fresh.map((e) => e.occurredAt),
      );
      return r;
    }),
  );
} finally {
  storedAtEnd = await count(target.db);
  await target.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

// --- Report ---------------------------------------------------------------------------------
const acked = [...warm.results, ...http.results];
const ackAccepted = acked.reduce((a, r) => a + r.accepted, 0);
const ackDupes = acked.reduce((a, r) => a + r.duplicates + r.conflicts.length, 0);
const row = (name: string, r: RunResult<unknown>, events: number) => {
  const s = summarize(r.latencies);
  return [
    name,
    fmt(events, 0),
    fmt(r.seconds, 2),
    fmt(events / r.seconds, 0),
    fmt(s.p50),
    fmt(s.p99),
    fmt(s.max),
    r.errors.length,
  ];
};
const httpEvents = http.results.reduce((a, r) => a + r.accepted, 0);
console.log(
  `\n### Ingestion, ${embedded ? 'PGlite (embedded)' : 'PostgreSQL server'}: batches of ${batchSize}, ${clients} concurrent clients, ${users} users\n`,
);
console.log(
  mdTable(
    [
      'path',
      'events',
      'seconds',
      'events/s',
      'batch p50 ms',
      'batch p99 ms',
      'batch max ms',
      'errors',
    ],
    [
      row('HTTP POST /api/usage/events', http, httpEvents),
      row('raw SQL: insertEvents (unnest INSERT ... ON CONFLICT)', sql, inserted(sql.results)),
      row('raw SQL: ensureUsers + insertEvents + markDirty in one tx', tx, inserted(tx.results)),
    ],
  ),
);
const expected = ackAccepted + warmInserted + inserted(sql.results) + inserted(tx.results);
const ok = storedAfterHttp === ackAccepted && storedAtEnd === expected && ackDupes === 0;
console.log(
  `\nVerification: HTTP acknowledged ${fmt(ackAccepted, 0)} accepted (incl. ${fmt(
    warm.results.reduce((a, r) => a + r.accepted, 0),
    0,
  )} warm-up), ` +
    `${ackDupes} duplicates/conflicts; stored after HTTP ${fmt(storedAfterHttp, 0)}; ` +
    `stored at end ${fmt(storedAtEnd, 0)} (expected ${fmt(expected, 0)}): ${ok ? 'OK' : 'MISMATCH'}.`,
);
console.log(
  `Rollups: ${drain.atEnd < 0 ? 'unknown (server busy)' : drain.atEnd} users had stale rollups when ingestion ended; ` +
    (drain.left === 0
      ? `all rolled up ${fmt(drain.seconds)} s later.`
      : drain.left < 0
        ? `the server did not answer the last poll within ${fmt(drain.seconds)} s (busy); ` +
          `${dirtyLeft} dirty user-days were left after its graceful stop.`
        : `${drain.left} users still pending after ${fmt(drain.seconds)} s (${dirtyLeft} dirty user-days at stop).`),
);
console.log(
  `Server process CPU during the HTTP run: ${fmt(serverCpu)} s, ${fmt((1000 * serverCpu) / http.results.length)} ms ` +
    `per batch (${fmt((100 * serverCpu) / http.seconds, 0)}% of one core; the rollup worker included).`,
);
console.log(`Machine: ${loadBefore} before the run, ${loadLine()} at the end.`);
if (profDir) console.log(`\n${profileLines(profDir).join('\n')}`);
for (const e of [...http.errors, ...sql.errors, ...tx.errors].slice(0, 5))
  console.log(`error: ${e}`);
if (!ok || http.errors.length) process.exitCode = 1;
