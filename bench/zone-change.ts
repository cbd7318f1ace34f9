// A zone change for a heavy user: `setUser` re-derives every day and month in the new zone from the
// hourly rows and counts the distinct clients of every day raw events still back again, in the
// request's transaction; the rollup then re-rolls the retained hours from raw events. This times
// both for one user with many events, and, on a server, an ingestion batch for that user sent while
// the change runs (is ingestion held up?). The history afterwards is checked against raw events.
//
//   npx tsx bench/zone-change.ts [--events 1000000] [--days 90] [--clients 2000] [--server URL]
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_SERVER, openServer, recreateDatabase } from './lib/bench-db.js';
import { loadLine, summarize } from './lib/stats.js';
import type { Db } from '../src/store/db.js';
import { openPglite } from '../src/store/pglite-db.js';
import { migrate } from '../src/store/migrate.js';
import { loadPlans } from '../src/store/plans-catalog.js';
import { createCaches } from '../src/services/caches.js';
import { ExportSlots } from '../src/services/export-slots.js';
import type { ServiceContext } from '../src/services/context.js';
import { ingestEvents } from '../src/services/ingest-events.js';
import { requestRebuild, runPendingRollups } from '../src/services/rebuild-rollups.js';
import { setUser } from '../src/services/set-user.js';

const opts = cliOptions(
  {
    events: { type: 'string' },
    days: { type: 'string' },
    clients: { type: 'string' },
    server: { type: 'string' },
    help: { type: 'boolean' },
  },
  'usage: npx tsx bench/zone-change.ts [--events 1000000] [--days 90] [--clients 2000] [--server URL]',
);
const EVENTS = numberOption(opts.events, 1_000_000, 'events');
const DAYS = numberOption(opts.days, 90, 'days');
const CLIENTS = numberOption(opts.clients, 2_000, 'clients');
const NOW = Date.parse('2026-11-30T12:00:00Z');
const USER = 'heavy';

async function open(): Promise<{ db: Db; label: string; server: boolean; close(): Promise<void> }> {
  if (opts.server === undefined) {
    const db = await openPglite(null);
    await migrate(db);
    await loadPlans(db);
    return { db, label: 'PGlite in memory', server: false, close: () => db.close() };
  }
  const url = opts.server || `${DEFAULT_SERVER}/bench_zone_change`;
  await recreateDatabase(url);
  return { ...(await openServer(url, 8)), server: true };
}

const target = await open();
const db = target.db;
const ctx: ServiceContext = {
  db,
  exportSlots: new ExportSlots(),
  now: () => NOW,
  caches: createCaches(),
} as ServiceContext;
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(2);

await setUser({ ctx, input: { userId: USER, patch: { timeZone: 'UTC' } } });
const from = NOW - DAYS * 86_400_000;
let t0 = performance.now();
// Seven events in ten are API calls, two sessions, one an audio minute count; clients spread evenly.
await db.query(
  `INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id)
   SELECT $1, 'e' || i, (ARRAY['api.call','api.call','api.call','api.call','api.call','api.call',
       'api.call','session.created','session.created','audio.processed'])[i % 10 + 1],
     to_timestamp(($2::float8 + i * $3::float8) / 1000), CASE WHEN i % 10 = 9 THEN 3 ELSE 1 END,
     'client-' || ((i::bigint * 7919) % $4)
   FROM generate_series(0, $5 - 1) AS i`,
  [USER, from, (DAYS * 86_400_000) / EVENTS, CLIENTS, EVENTS],
);
console.log(
  `${EVENTS.toLocaleString('en')} events over ${DAYS} days, ${CLIENTS} clients: inserted in ${seconds(t0)} s`,
);
t0 = performance.now();
await requestRebuild({ ctx, input: {} });
await runPendingRollups({ ctx, input: { retentionDays: 400 } });
console.log(`first rollup (UTC): ${seconds(t0)} s`);
console.log(`${target.label}; ${loadLine()}`);

async function check(zone: string) {
  // Every day's API calls and distinct clients against raw events, in the zone.
  const rows = await db.query<{ bad: number; days: number }>(
    `WITH raw AS (
       SELECT (occurred_at AT TIME ZONE $2)::date AS d, count(*) FILTER (WHERE event_type = 'api.call') AS calls,
         count(DISTINCT client_id) AS clients
       FROM usage_events WHERE user_id = $1 GROUP BY 1),
     hist AS (
       SELECT (period_start AT TIME ZONE $2)::date AS d, api_calls_made AS calls
       FROM usage_history WHERE user_id = $1 AND period_type = 'daily'),
     cl AS (
       SELECT (period_start AT TIME ZONE $2)::date AS d, count(*) AS clients
       FROM usage_client_history WHERE user_id = $1 AND period_type = 'daily' GROUP BY 1)
     SELECT count(*) FILTER (WHERE hist.calls IS DISTINCT FROM raw.calls
         OR cl.clients IS DISTINCT FROM raw.clients)::int AS bad, count(*)::int AS days
     FROM raw LEFT JOIN hist USING (d) LEFT JOIN cl USING (d)`,
    [USER, zone],
  );
  return rows[0]!;
}

for (const zone of ['Asia/Kolkata', 'America/New_York']) {
  const batches: number[] = [];
  let changing = true;
  // On a server, ingestion for the same user keeps arriving while the zone changes.
  const ingest = (async () => {
    if (!target.server) return;
    for (let b = 0; changing; b++) {
      const body = {
        events: Array.from({ length: 200 }, (_, i) => ({
          id: `z-${zone}-${b}-${i}`,
          userId: USER,
          type: 'api.call',
          occurredAt: new Date(NOW - 60_000).toISOString(),
          clientId: `client-${i}`,
        })),
      };
      const s = performance.now();
      await ingestEvents({ ctx, input: { body } });
      batches.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  t0 = performance.now();
  await setUser({ ctx, input: { userId: USER, patch: { timeZone: zone } } });
  const change = seconds(t0);
  changing = false;
  await ingest;
  t0 = performance.now();
  await runPendingRollups({ ctx, input: { retentionDays: 400 } });
  const reroll = seconds(t0);
  const c = await check(zone);
  const during = batches.length
    ? `; ${batches.length} ingest batches of 200 meanwhile: p50 ${summarize(batches).p50.toFixed(0)} ms, max ${Math.max(...batches).toFixed(0)} ms`
    : '';
  console.log(
    `to ${zone}: setUser ${change} s, re-roll ${reroll} s${during}; days unlike raw events: ${c.bad} of ${c.days}`,
  );
}
await target.close();
