// Soak: ingestion and history reads at a steady rate for a bounded time while the server is
// SIGKILLed and restarted every few minutes; afterwards every acknowledged event must be stored
// exactly once and the rollups must agree with the raw events. Loopback only, bounded loops.
//   npx tsx bench/soak.ts [--minutes 10] [--kill-every 2] [--rate 2000] [--database-url URL]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintToken } from '../src/services/tokens.js';
import { openPglite } from '../src/store/pglite-db.js';
import { openPg } from '../src/store/pg-db.js';
import { cliOptions, numberOption } from './lib/args.js';
import { recreateDatabase } from './lib/bench-db.js';
import { makeBatches, toBody } from './lib/events-gen.js';
import { startServer, tokenConfig, type RunningServer } from './lib/server.js';

const o = cliOptions(
  {
    minutes: { type: 'string' },
    'kill-every': { type: 'string' },
    rate: { type: 'string' },
    'database-url': { type: 'string' },
    help: { type: 'boolean' },
  },
  'usage: npx tsx bench/soak.ts [--minutes 10] [--kill-every 2] [--rate 2000] [--database-url postgres://.../bench_soak]',
);
const MINUTES = numberOption(o.minutes, 10, 'minutes');
const KILL_EVERY = numberOption(o['kill-every'], 2, 'kill-every');
const RATE = numberOption(o.rate, 2000, 'rate'); // events per second offered
const dbUrl = o['database-url'];
const dataDir = mkdtempSync(join(tmpdir(), 'ui-soak-'));
if (dbUrl) await recreateDatabase(dbUrl);

const USERS = 50;
let server: RunningServer = await startServer({ dataDir, databaseUrl: dbUrl });
const secret = server.secret;
let acked = 0;
let refused = 0;
let failedRequests = 0;
let reads = 0;
let kills = 0;
const readLatencies: number[] = [];
const end = Date.now() + MINUTES * 60_000;
let nextKill = Date.now() + KILL_EVERY * 60_000;
let restarting: Promise<void> | null = null;
let batchNo = 0;
const ackedBatches: number[] = [];

async function ingestLoop() {
  const auth = `Bearer ${await mintToken(tokenConfig(secret), 'service', 'ingest', 24 * 3600, Date.now())}`;
  while (Date.now() < end) {
    const started = Date.now();
    const myBatch = batchNo++;
    const [batch] = makeBatches({
      prefix: `soak-${myBatch}`,
      batches: 1,
      batchSize: 500,
      users: USERS,
      now: Date.now(),
      spreadHours: 2,
      seed: myBatch,
    });
    try {
      if (restarting) await restarting;
      const res = await fetch(`${server.url}/api/usage/events`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: toBody(batch!),
        signal: AbortSignal.timeout(30_000),
      });
      if (res.ok) {
        acked += ((await res.json()) as { accepted: number }).accepted;
        ackedBatches.push(myBatch);
      } else refused++;
    } catch {
      failedRequests++; // the server died mid-request: not acknowledged, not counted
    }
    const wait = (500 / RATE) * 1000 * 2 - (Date.now() - started); // two loops share the rate
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

async function readLoop() {
  while (Date.now() < end) {
    const user = `ingest-${String(Math.floor(Math.random() * USERS)).padStart(5, '0')}`;
    const token = await mintToken(tokenConfig(secret), user, 'read', 3600, Date.now());
    const t = performance.now();
    try {
      if (restarting) await restarting;
      const res = await fetch(`${server.url}/api/usage/history?period=7d`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(30_000),
      });
      if (res.ok) {
        readLatencies.push(performance.now() - t);
        reads++;
      }
    } catch {
      failedRequests++;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function killer() {
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 1000));
    if (Date.now() < nextKill || Date.now() > end - 30_000) continue;
    nextKill = Date.now() + KILL_EVERY * 60_000;
    kills++;
    restarting = (async () => {
      process.kill(server.pid, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 500));
      server = await startServer({ dataDir, databaseUrl: dbUrl, secret });
    })();
    await restarting;
    restarting = null;
  }
}

await Promise.all([ingestLoop(), ingestLoop(), readLoop(), killer()]);
// Let the worker catch up, then stop cleanly and count.
await new Promise((r) => setTimeout(r, 20_000));
await server.stop();
const db = dbUrl ? openPg({ connectionString: dbUrl }) : await openPglite(join(dataDir, 'pgdata'));
const [c] = await db.query<{
  raw: number;
  hourly: number;
  daily: number;
  monthly: number;
  dirty: number;
}>(
  `SELECT (SELECT count(*) FROM usage_events)::int AS raw,
     (SELECT coalesce(sum(event_count), 0) FROM usage_history WHERE period_type = 'hourly')::int AS hourly,
     (SELECT coalesce(sum(event_count), 0) FROM usage_history WHERE period_type = 'daily')::int AS daily,
     (SELECT coalesce(sum(event_count), 0) FROM usage_history WHERE period_type = 'monthly')::int AS monthly,
     (SELECT count(*) FROM rollup_dirty)::int AS dirty`,
);
const perBatch = new Map(
  (
    await db.query<{ b: string; n: number }>(
      `SELECT substring(event_id from '^soak-[0-9]+') AS b, count(*)::int AS n FROM usage_events GROUP BY 1`,
    )
  ).map((r) => [r.b, r.n]),
);
const missing = ackedBatches.filter((b) => perBatch.get(`soak-${b}`) !== 500).length;
await db.close();
readLatencies.sort((a, b) => a - b);
const p = (q: number) =>
  readLatencies[Math.min(readLatencies.length - 1, Math.floor(q * readLatencies.length))]?.toFixed(
    1,
  );
console.log(
  `\n| minutes | kills | acknowledged | stored raw | hourly | daily | monthly | stale days | failed requests (server down) | reads | read p50 / p99 ms |`,
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
console.log(
  `| ${MINUTES} | ${kills} | ${acked} | ${c!.raw} | ${c!.hourly} | ${c!.daily} | ${c!.monthly} | ${c!.dirty} | ${failedRequests} | ${reads} | ${p(0.5)} / ${p(0.99)} |`,
);
console.log(`\nacknowledged batches not stored whole: ${missing}; refused batches: ${refused}`);
const ok =
  missing === 0 &&
  c!.raw >= acked &&
  c!.hourly === c!.raw &&
  c!.daily === c!.raw &&
  c!.monthly === c!.raw;
console.log(
  ok
    ? '\nOK: every acknowledged event stored once; rollups equal raw events.'
    : '\nFAILED: counts disagree.',
);
process.exit(ok ? 0 : 1);
