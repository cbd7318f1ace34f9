import type { UsageEvent } from '../../domain/events.js';
import type { Queryable } from '../db.js';

export type InsertOutcome = 'inserted' | 'duplicate' | 'conflict';

/** The statement parameters of a batch ($1 to $6, as INPUT reads them). */
export const columns = (events: UsageEvent[]) => [
  events.map((e) => e.userId),
  events.map((e) => e.id),
  events.map((e) => e.type),
  events.map((e) => new Date(e.occurredAt).toISOString()),
  events.map((e) => String(e.value)),
  events.map((e) => e.clientId),
];

/** The batch as rows (with its order, ord), from columns' parameters. */
export const INPUT = `input AS (
  SELECT u.*, u.value::numeric(20, 6) AS v
  FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::numeric[], $6::text[])
    WITH ORDINALITY AS u(user_id, event_id, event_type, occurred_at, value, client_id, ord)
)`;

// Whether the stored event with the input's key has the same content; NULL when none is visible.
export const SAME = `(SELECT e.event_type = i.event_type AND e.occurred_at = i.occurred_at AND e.value = i.v
    AND e.client_id IS NOT DISTINCT FROM i.client_id
  FROM usage_events e WHERE e.user_id = i.user_id AND e.event_id = i.event_id)`;

/** Inserts events idempotently on (user_id, event_id); reports, per event, inserted/duplicate/conflict. */
export async function insertEvents(tx: Queryable, events: UsageEvent[]): Promise<InsertOutcome[]> {
  if (events.length === 0) return [];
  // Rows are sorted by key so concurrent batches take index locks in one order (no deadlocks).
  const rows = await tx.query<{ ord: number; inserted: boolean; same: boolean | null }>(
    `WITH ${INPUT},
     ins AS (
       INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id)
       SELECT user_id, event_id, event_type, occurred_at, v, client_id FROM input
       ORDER BY user_id, event_id
       ON CONFLICT (user_id, event_id) DO NOTHING
       RETURNING user_id, event_id
     )
     SELECT i.ord::int AS ord, (ins.event_id IS NOT NULL) AS inserted,
       -- Only events that were not inserted are compared with the stored one (a join looked up all).
       CASE WHEN ins.event_id IS NULL THEN ${SAME} END AS same
     FROM input i
     LEFT JOIN ins ON ins.user_id = i.user_id AND ins.event_id = i.event_id
     ORDER BY i.ord`,
    columns(events),
  );
  const outcomes = rows.map((r): InsertOutcome | null =>
    r.inserted ? 'inserted' : r.same === null ? null : r.same ? 'duplicate' : 'conflict',
  );
  // Not inserted, yet not visible: a concurrent batch committed the same key after this statement's
  // snapshot was taken (the insert waited for it). A new statement sees that row and compares.
  const unseen = outcomes.flatMap((o, i) => (o === null ? [i] : []));
  if (unseen.length > 0) {
    const again = await tx.query<{ ord: number; same: boolean | null }>(
      `WITH ${INPUT} SELECT i.ord::int AS ord, ${SAME} AS same FROM input i ORDER BY i.ord`,
      columns(unseen.map((i) => events[i]!)),
    );
    again.forEach((r, k) => (outcomes[unseen[k]!] = r.same ? 'duplicate' : 'conflict'));
  }
  return outcomes as InsertOutcome[];
}
