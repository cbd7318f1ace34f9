import type { UsageEvent } from '../../domain/events.js';
import type { Db } from '../db.js';
import { columns, INPUT, quoted, STORED, type InsertOutcome } from './insert-events.js';
import { KnownUsers } from './known-users.js';

/**
 * Session settings for the connections that run `ingestBatch`. On Citus, an INSERT ... SELECT with
 * ON CONFLICT or RETURNING writes its rows to every shard it touches over a connection of their
 * own, which the session closes after the statement unless it may keep that many per worker (the
 * default keeps 1): a batch over 200 users opened ~30 worker connections each time, 1.1 s of a
 * 1.2 s statement. 16 covers the default 32 shards on two workers; on plain PostgreSQL the
 * setting is an unused placeholder. Kept to ingestion's few connections, so that the workers'
 * connections stay within their max_connections (every pool asking for it exhausted them).
 */
export const INGEST_SESSION = { 'citus.max_cached_conns_per_worker': 16 } as const;

// Whether a stored event e has the content of input row i.
const SAME_JOINED = `(e.event_type = i.event_type AND e.occurred_at = i.occurred_at AND e.value = i.v
    AND e.client_id IS NOT DISTINCT FROM i.client_id)`;

/**
 * Creates the batch's unknown users, inserts its events idempotently on (user_id, event_id) (the
 * id table within the acceptance window, the events' own key on (user_id, occurred_at, event_id)
 * beyond it: ADR 15) and
 * marks the UTC hours of the inserted ones stale, in one statement (one round trip, its own
 * transaction); reports, per event, inserted/duplicate/conflict.
 */
export async function ingestBatch(
  q: Db,
  events: UsageEvent[],
  known: KnownUsers = new KnownUsers(0),
): Promise<InsertOutcome[]> {
  if (events.length === 0) return [];
  // One statement instead of a transaction of five: a batch holds its connection only while the
  // database works, not across round trips to a Node process that may wait for a core (a busy
  // event loop kept ingest transactions "idle in transaction" for hundreds of ms, pool exhausted).
  // Users come first (the events' insert reads created's count), then events sorted by key, so
  // concurrent batches take their locks in one order; markers are an append-only log (ADR 10).
  // Only users not known to be stored are sent to be created (known-users.ts); q is a pool, not a
  // caller's transaction, so the statement's commit is what stores them. A batch's markers share one version
  // (one nextval, not one per marker): each (user, hour) appears once in a batch, so a version
  // still names one marker row of an hour, and every batch still adds a newer one.
  const fresh = known.unknown(events.map((e) => e.userId));
  const rows = await q.query<{ ord: number }>(
    `WITH ${INPUT},
     created AS (
       INSERT INTO users (user_id) SELECT u FROM unnest($7::text[]) AS u ORDER BY 1
       ON CONFLICT (user_id) DO NOTHING RETURNING user_id, plan_name
     ),
     planned AS (
       INSERT INTO user_plan_history (user_id, valid_from, plan_name, plan_limits)
       SELECT c.user_id, '-infinity', c.plan_name, p.limits FROM created c JOIN plans p ON p.name = c.plan_name
     ),
     ids AS (
       INSERT INTO usage_event_ids (user_id, event_id, occurred_at)
       SELECT user_id, event_id, occurred_at FROM input
       WHERE (SELECT count(*) FROM created) >= 0
       ORDER BY user_id, event_id
       ON CONFLICT (user_id, event_id) DO NOTHING
       RETURNING user_id, event_id
     ),
     ins AS (
       INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id)
       SELECT i.user_id, i.event_id, i.event_type, i.occurred_at, i.v, i.client_id
       FROM input i JOIN ids ON ids.user_id = i.user_id AND ids.event_id = i.event_id
       ORDER BY 1, 4, 2
       ON CONFLICT (user_id, occurred_at, event_id) DO NOTHING
       RETURNING user_id, event_id, occurred_at
     ),
     marked AS (
       INSERT INTO rollup_dirty (user_id, utc_hour, version)
       SELECT user_id, utc_hour, (SELECT nextval('rollup_dirty_version')) FROM (
         SELECT DISTINCT user_id, date_trunc('hour', occurred_at, 'UTC') AS utc_hour FROM ins ORDER BY 1, 2
       ) d
     )
     SELECT i.ord::int AS ord
     FROM input i
     LEFT JOIN ins ON ins.user_id = i.user_id AND ins.event_id = i.event_id
     WHERE ins.event_id IS NULL`,
    [...columns(events), `{${fresh.map(quoted).join(',')}}`],
  );
  known.remember(fresh);
  // Only the events not inserted come back (usually none): a row per event cost as much to send
  // and parse as the rest of the answer.
  const outcomes: (InsertOutcome | null)[] = new Array<InsertOutcome | null>(events.length).fill(
    'inserted',
  );
  for (const r of rows) outcomes[r.ord - 1] = null;
  // Events not inserted are compared with the stored ones by a second statement, with a join:
  // Citus plans no correlated subquery beside a CTE (ADR 13). It also sees a row that a
  // concurrent batch committed after the first statement's snapshot (the insert waited for it).
  const rest = outcomes.flatMap((o, i) => (o === null ? [i] : []));
  if (rest.length > 0) {
    const again = await q.query<{ ord: number; same: boolean }>(
      `WITH ${INPUT} SELECT i.ord::int AS ord, ${SAME_JOINED} AS same FROM input i ${STORED}`,
      columns(rest.map((i) => events[i]!)),
    );
    for (const r of again) outcomes[rest[r.ord - 1]!] = r.same ? 'duplicate' : 'conflict';
  }
  // Still not visible cannot happen once the insert waited; were it so, the event was not stored.
  return outcomes.map((o) => o ?? 'conflict');
}
