import type { Queryable } from '../../db.js';

/**
 * The tables of the current schema whose planner statistics are missing or older than their size:
 * never analyzed but holding data, or grown by more than a fifth (and 8 pages) since. This is the
 * rule autovacuum applies on a server, by size because PGlite does not count changed rows.
 */
export async function tablesWithStaleStatistics(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname = ANY (current_schemas(false))
       AND pg_relation_size(c.oid) > 0
       AND (c.reltuples < 0 OR pg_relation_size(c.oid) / 8192 > c.relpages * 1.2 + 8)
     ORDER BY pg_relation_size(c.oid) DESC`,
  );
  return rows.map((r) => r.name);
}

/** Gathers planner statistics of one table (a name from tablesWithStaleStatistics, already quoted). */
export async function analyzeTable(q: Queryable, quotedName: string): Promise<void> {
  // The name comes from pg_class through format('%I'), never from input.
  await q.query(`ANALYZE ${quotedName}`);
}
