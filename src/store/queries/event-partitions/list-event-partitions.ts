import type { Queryable } from '../../db.js';

export interface EventPartition {
  name: string;
  /** The UTC month it holds: [start, end) in epoch ms. */
  start: number;
  end: number;
}

/** The monthly partitions of usage_events (not the DEFAULT one), oldest first. */
export async function listEventPartitions(q: Queryable): Promise<EventPartition[]> {
  const rows = await q.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'usage_events'::regclass AND c.relname ~ '^usage_events_p[0-9]{6}$'
     ORDER BY 1`,
  );
  return rows.map((r) => ({ name: r.name, ...monthOfPartition(r.name) }));
}

/** The partition that holds the UTC month starting at monthStart, by name. */
export function partitionName(monthStart: number): string {
  const d = new Date(monthStart);
  return `usage_events_p${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function monthOfPartition(name: string): { start: number; end: number } {
  const y = Number(name.slice(-6, -2));
  const m = Number(name.slice(-2)) - 1;
  return { start: Date.UTC(y, m, 1), end: Date.UTC(y, m + 1, 1) };
}
