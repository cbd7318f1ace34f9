import type { UsageEvent } from '../../domain/events.js';
import type { Queryable } from '../db.js';
import { columns, INPUT, SAME, type InsertOutcome } from './insert-events.js';

/**
 * Creates the batch's unknown users, inserts its events idempotently on (user_id, event_id) and
 * marks the UTC hours of the inserted ones stale, in one statement (one round trip, its own
 * transaction); reports, per event, inserted/duplicate/conflict.
 */
export async function ingestBatch(q: Queryable, events: UsageEvent[]): Promise<InsertOutcome[]> {
  if (events.length === 0) return [];
  // One statement instead of a transaction of five: a batch holds its connection only while the
  // database works, not across round trips to a Node process that may wait for a core (a busy
  // event loop kept ingest transactions "idle in transaction" for hundreds of ms, pool exhausted).
  // Users come first (the events' insert reads created's count), then events sorted by key, so
  // concurrent batches take their locks in one order; markers are an append-only log (ADR 10).
  const rows = await q.query<{ ord: number; inserted: boolean; same: boolean | null }>(
    `WITH ${INPUT},
     created AS (
       INSERT INTO users (user_id) SELECT DISTINCT user_id FROM input ORDER BY 1
       ON CONFLICT (user_id) DO NOTHING RETURNING user_id, plan_name
     ),
     planned AS (
       INSERT INTO user_plan_history (user_id, valid_from, plan_name, plan_limits)
       SELECT c.user_id, '-infinity', c.plan_name, p.limits FROM created c JOIN plans p ON p.name = c.plan_name
     ),
     ins AS (
       INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id)
       SELECT user_id, event_id, event_type, occurred_at, v, client_id FROM input
       WHERE (SELECT count(*) FROM created) >= 0
       ORDER BY user_id, event_id
       ON CONFLICT (user_id, event_id) DO NOTHING
       RETURNING user_id, event_id, occurred_at
     ),
     marked AS (
       INSERT INTO rollup_dirty (user_id, utc_hour, version)
       SELECT user_id, utc_hour, nextval('rollup_dirty_version') FROM (
         SELECT DISTINCT user_id, date_trunc('hour', occurred_at, 'UTC') AS utc_hour FROM ins ORDER BY 1, 2
       ) d
     )
     SELECT i.ord::int AS ord, (ins.event_id IS NOT NULL) AS inserted,
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
  // snapshot was taken (the insert waited for it). A later statement sees that row and compares.
  const unseen = outcomes.flatMap((o, i) => (o === null ? [i] : []));
  if (unseen.length > 0) {
    const again = await q.query<{ ord: number; same: boolean | null }>(
      `WITH ${INPUT} SELECT i.ord::int AS ord, ${SAME} AS same FROM input i ORDER BY i.ord`,
      columns(unseen.map((i) => events[i]!)),
    );
    again.forEach((r, k) => (outcomes[unseen[k]!] = r.same ? 'duplicate' : 'conflict'));
  }
  return outcomes as InsertOutcome[];
}
