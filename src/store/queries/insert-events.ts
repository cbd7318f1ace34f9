import type { UsageEvent } from '../../domain/events.js';
import type { Queryable } from '../db.js';

export type InsertOutcome = 'inserted' | 'duplicate' | 'conflict';

/**
 * The statement parameters of a batch ($1 to $6, as INPUT reads them), each an array literal built
 * here: the driver's generic conversion of 6,000 values per batch was ~8% of the server's CPU for
 * an ingest request.
 */
export const columns = (events: UsageEvent[]): string[] => {
  const cols: string[][] = [[], [], [], [], [], []];
  for (const e of events) {
    cols[0]!.push(quoted(e.userId));
    cols[1]!.push(quoted(e.id));
    cols[2]!.push(quoted(e.type));
    cols[3]!.push(quoted(new Date(e.occurredAt).toISOString()));
    cols[4]!.push(quoted(String(e.value)));
    cols[5]!.push(e.clientId === null ? 'NULL' : quoted(e.clientId));
  }
  return cols.map((c) => `{${c.join(',')}}`);
};

const NEEDS_ESCAPE = /["\\]/;
/** An element of a PostgreSQL array literal: in quotes, with quotes and backslashes escaped. */
export const quoted = (s: string) =>
  NEEDS_ESCAPE.test(s) ? `"${s.replace(/["\\]/g, '\\$&')}"` : `"${s}"`;

/** The batch as rows (with its order, ord), from columns' parameters. */
export const INPUT = `input AS (
  SELECT u.*, u.value::numeric(20, 6) AS v
  FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::numeric[], $6::text[])
    WITH ORDINALITY AS u(user_id, event_id, event_type, occurred_at, value, client_id, ord)
)`;

// Whether the stored event with the input's key has the same content; inputs with no visible
// stored event have no row. A join, not a correlated subquery: Citus plans no correlated subquery
// next to a CTE (ADR 13).
// The stored event with input i's id: where usage_event_ids still holds the id, the event it
// names; past that window, the event with i's own occurred_at (only an exact repeat can be there).
export const STORED = `LEFT JOIN usage_event_ids k ON k.user_id = i.user_id AND k.event_id = i.event_id
  JOIN usage_events e ON e.user_id = i.user_id AND e.event_id = i.event_id
    AND e.occurred_at = coalesce(k.occurred_at, i.occurred_at)`;

const SAME = `WITH ${INPUT}
  SELECT i.ord::int AS ord, (e.event_type = i.event_type AND e.occurred_at = i.occurred_at
    AND e.value = i.v AND e.client_id IS NOT DISTINCT FROM i.client_id) AS same
  FROM input i ${STORED}`;

/** Inserts events idempotently on (user_id, event_id); reports, per event, inserted/duplicate/conflict. */
export async function insertEvents(tx: Queryable, events: UsageEvent[]): Promise<InsertOutcome[]> {
  if (events.length === 0) return [];
  // Rows are sorted by key so concurrent batches take index locks in one order (no deadlocks).
  const inserted = await tx.query<{ user_id: string; event_id: string }>(
    `WITH ${INPUT},
     ids AS (
       INSERT INTO usage_event_ids (user_id, event_id, occurred_at)
       SELECT user_id, event_id, occurred_at FROM input ORDER BY user_id, event_id
       ON CONFLICT (user_id, event_id) DO NOTHING
       RETURNING user_id, event_id
     )
     INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id)
     SELECT i.user_id, i.event_id, i.event_type, i.occurred_at, i.v, i.client_id
     FROM input i JOIN ids ON ids.user_id = i.user_id AND ids.event_id = i.event_id
     ORDER BY 1, 4, 2
     ON CONFLICT (user_id, occurred_at, event_id) DO NOTHING
     RETURNING user_id, event_id`,
    columns(events),
  );
  const outcomes: (InsertOutcome | null)[] = events.map(() => null);
  const index = new Map(events.map((e, i) => [JSON.stringify([e.userId, e.id]), i]));
  for (const r of inserted)
    outcomes[index.get(JSON.stringify([r.user_id, r.event_id]))!] = 'inserted';
  // Only events that were not inserted are compared with the stored one (a join looked up all),
  // by a second statement: it also sees a row that a concurrent batch committed after the
  // insert's snapshot was taken (the insert waited for it).
  const rest = outcomes.flatMap((o, i) => (o === null ? [i] : []));
  if (rest.length > 0) {
    const again = await tx.query<{ ord: number; same: boolean }>(
      SAME,
      columns(rest.map((i) => events[i]!)),
    );
    for (const r of again) outcomes[rest[r.ord - 1]!] = r.same ? 'duplicate' : 'conflict';
  }
  // Still not visible cannot happen once the insert waited; were it so, the event was not stored.
  return outcomes.map((o) => o ?? 'conflict');
}
