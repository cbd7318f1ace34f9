import {
  analyzeTable,
  tablesWithStaleStatistics,
} from '../store/queries/statistics/stale-statistics.js';
import type { Call } from './context.js';

/**
 * Brings the planner statistics of grown tables up to date on the embedded database, which has no
 * autovacuum (a server's own autovacuum does it there, unless `always`); returns the tables analyzed.
 */
export async function refreshStatistics({
  ctx,
  input,
}: Call<{ always?: boolean }>): Promise<string[]> {
  // Without statistics PGlite planned a rollup of 13 months of demo events as a nested loop over a
  // spilled copy of all of them: 5 s a statement instead of 35 ms, the first start's minutes.
  if (ctx.db.kind !== 'pglite' && !input.always) return [];
  const tables = await tablesWithStaleStatistics(ctx.db);
  for (const t of tables) await analyzeTable(ctx.db, t);
  return tables;
}
