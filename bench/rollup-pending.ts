// Rolls up every stale marker of a benchmark database, so the next measurement starts from the
// same state whatever ran before (a server stopped mid-ingestion leaves markers behind).
//
//   npx tsx bench/rollup-pending.ts [--database-url URL]
import { runPendingRollups } from '../src/services/rebuild-rollups.js';
import { cliOptions } from './lib/args.js';
import { DEFAULT_HISTORY_URL, openServer } from './lib/bench-db.js';

const opts = cliOptions(
  { 'database-url': { type: 'string' }, help: { type: 'boolean' } },
  'usage: npx tsx bench/rollup-pending.ts [--database-url URL]',
);
const target = await openServer(opts['database-url'] ?? DEFAULT_HISTORY_URL);
try {
  const t = performance.now();
  const users = await runPendingRollups({
    ctx: { db: target.db, now: () => Date.now() },
    input: { retentionDays: 400 },
  });
  console.log(`${users} users rolled up in ${((performance.now() - t) / 1000).toFixed(1)} s`);
} finally {
  await target.close();
}
