// What the database's sessions are doing while another benchmark runs: samples pg_stat_activity
// (client backends that are not idle) and counts wait event, state and statement. Sessions "idle
// in transaction" on Client:ClientRead wait for their Node process, not for the database.
//
//   npx tsx bench/pg-waits.ts [--database-url URL] [--seconds 15] [--every-ms 250] [--top 15]
// (beside e.g. bench/mixed-load.ts; BENCHMARKS.md, "Where the time goes while ingesting")
import pg from 'pg';
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_HISTORY_URL } from './lib/bench-db.js';
import { loadLine, mdTable } from './lib/stats.js';

const opts = cliOptions(
  {
    'database-url': { type: 'string' },
    seconds: { type: 'string' },
    'every-ms': { type: 'string' },
    top: { type: 'string' },
    help: { type: 'boolean' },
  },
  'usage: npx tsx bench/pg-waits.ts [--database-url URL] [--seconds 15] [--every-ms 250] [--top 15]',
);
const seconds = numberOption(opts.seconds, 15, 'seconds');
const everyMs = numberOption(opts['every-ms'], 250, 'every-ms');
const top = Math.round(numberOption(opts.top, 15, 'top'));
const client = new pg.Client({ connectionString: opts['database-url'] ?? DEFAULT_HISTORY_URL });
await client.connect();
const counts = new Map<string, number>();
let samples = 0;
let sessions = 0;
const loadBefore = loadLine();
const end = Date.now() + seconds * 1000;
try {
  while (Date.now() < end) {
    const { rows } = await client.query<{ k: string }>(
      `SELECT json_build_array(coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-'),
         state, left(regexp_replace(query, '\\s+', ' ', 'g'), 60))::text AS k
       FROM pg_stat_activity
       WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle'`,
    );
    samples++;
    sessions += rows.length;
    for (const r of rows) counts.set(r.k, (counts.get(r.k) ?? 0) + 1);
    await new Promise((r) => setTimeout(r, everyMs));
  }
} finally {
  await client.end();
}
console.log(
  `\n### pg_stat_activity: ${samples} samples every ${everyMs} ms, ${sessions} non-idle sessions seen; ` +
    `${loadBefore} before, ${loadLine()} after\n`,
);
const rows = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(
  mdTable(
    ['wait event', 'state', 'statement (first 60 characters)', 'samples'],
    rows.map(([k, n]) => [...(JSON.parse(k) as string[]).map((c) => c.replaceAll('|', '/')), n]),
  ),
);
