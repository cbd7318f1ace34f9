// The ingest statement as it was before migration 014 (events unique on (user_id, event_id) in
// usage_events itself), so bench/event-partitions.ts can time the old layout with the old SQL.
import type { UsageEvent } from '../../src/domain/events.js';
import type { Queryable } from '../../src/store/db.js';
import { columns, INPUT } from '../../src/store/queries/insert-events.js';

/** One batch into the unpartitioned table: users, events and stale markers in one statement. */
export async function ingestUnpartitioned(q: Queryable, events: UsageEvent[]): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `WITH ${INPUT},
     created AS (
       INSERT INTO users (user_id) SELECT DISTINCT user_id FROM input ORDER BY 1
       ON CONFLICT (user_id) DO NOTHING RETURNING user_id, plan_name
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
     SELECT count(*)::int AS n FROM ins`,
    columns(events),
  );
  return rows[0]?.n ?? 0;
}
