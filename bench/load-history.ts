// Bulk-loads N users x M months of hourly usage_history rows, derives the daily and monthly rows
// the rollups would make, creates the users, and runs VACUUM ANALYZE.
//
//   npx tsx bench/load-history.ts [--rows 1000000] [--users N | --months 25]
//                                 [--database-url postgres://.../bench_ui | --data-dir DIR --reset]
//   npx tsx bench/load-history.ts --copy-from postgres://.../bench_ui --database-url postgres://citus/bench_ui
//
// --copy-from copies the rows of a database this script loaded (same schema) instead of generating
// them: the way onto a Citus coordinator, whose shards cannot run the generator's SQL.
// On the server the bench_* database in the URL is dropped and recreated. With --data-dir the
// embedded database goes to DIR/pgdata, where `DATA_DIR=DIR usage-insights serve` finds it.
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_HISTORY_URL, openDataDir, openServer, recreateDatabase } from './lib/bench-db.js';
import { copyTables } from './lib/copy-tables.js';
import { loadHistory, planLoad } from './lib/history-loader.js';
import { fmt, mdTable } from './lib/stats.js';

const USAGE = `usage: npx tsx bench/load-history.ts [--rows 1000000] [--users N | --months 25]
       [--database-url URL (default ${DEFAULT_HISTORY_URL}) | --data-dir DIR [--reset]]
       [--copy-from URL]`;

const opts = cliOptions(
  {
    rows: { type: 'string' },
    users: { type: 'string' },
    months: { type: 'string' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    reset: { type: 'boolean' },
    'copy-from': { type: 'string' },
    help: { type: 'boolean' },
  },
  USAGE,
);

const rows = Math.round(numberOption(opts.rows, 1_000_000, 'rows'));
const users = opts.users ? Math.round(numberOption(opts.users, 1, 'users')) : undefined;
const months = numberOption(opts.months, 25, 'months');
const plan = planLoad(rows, users, months, Date.now());
const log = (line: string) => console.error(line);

const url = opts['database-url'] ?? DEFAULT_HISTORY_URL;
if (!opts['data-dir']) await recreateDatabase(url);
const target = opts['data-dir']
  ? await openDataDir(opts['data-dir'], opts.reset ? 'replace' : 'fresh')
  : await openServer(url);
if (opts['copy-from']) {
  if (opts['data-dir']) throw new Error('--copy-from copies into a server (--database-url)');
  const tables = ['users', 'user_plan_history', 'usage_history', 'usage_client_days'];
  log(`Copying ${tables.join(', ')} from ${opts['copy-from'].replace(/\/\/[^@/]*@/, '//')}`);
  const seconds = await copyTables(opts['copy-from'], url, tables);
  for (const t of tables) await target.db.query(`VACUUM (ANALYZE) ${t}`);
  const levels = await target.db.query<{ period_type: string; n: number }>(
    `SELECT period_type, count(*)::int AS n FROM usage_history GROUP BY 1 ORDER BY 1`,
  );
  console.log(`\n### usage_history copied into ${target.label}\n`);
  console.log(
    mdTable(
      ['level', 'rows'],
      levels.map((l) => [l.period_type, fmt(l.n, 0)]),
    ),
  );
  console.log(
    '\n' +
      mdTable(
        ['table', 'seconds'],
        Object.entries(seconds).map(([k, v]) => [k, fmt(v)]),
      ),
  );
  await target.close();
  process.exit(0);
}
log(
  `Loading ${fmt(plan.users * plan.hoursPerUser, 0)} hourly rows: ${plan.users} users x ` +
    `${plan.hoursPerUser} hours (${fmt(plan.hoursPerUser / 730.5)} months) into ${target.label}`,
);
const t0 = Date.now();
try {
  const report = await loadHistory(target.db, plan, log);
  const total = (Date.now() - t0) / 1000;
  console.log(`\n### usage_history load (${target.label})\n`);
  console.log(
    mdTable(
      ['level', 'rows', 'sessions', 'events', 'audio minutes'],
      report.levels.map((l) => [
        l.period_type,
        fmt(l.n, 0),
        fmt(l.sessions, 0),
        fmt(l.events, 0),
        fmt(l.audio, 2),
      ]),
    ),
  );
  console.log(
    `\nusage_client_days rows: ${fmt(report.clientDays, 0)}; usage_history with indexes: ${fmt(report.tableMb, 0)} MB\n`,
  );
  console.log(
    mdTable(
      ['step', 'seconds'],
      [...Object.entries(report.seconds).map(([k, v]) => [k, fmt(v)]), ['total', fmt(total)]],
    ),
  );
  const sums = new Set(report.levels.map((l) => `${l.sessions}/${l.events}/${l.audio}`));
  if (sums.size !== 1) {
    console.error('\nERROR: hourly, daily and monthly totals differ');
    process.exitCode = 1;
  }
} finally {
  await target.close();
}
