-- Raw events partitioned by month of occurred_at (ADR 15), so retention drops whole months instead
-- of deleting rows one by one. Partitions are UTC months named usage_events_pYYYYMM; the service
-- creates the coming months ahead (jobs), and a DEFAULT partition takes any event outside them, so
-- no accepted event is ever refused for want of a partition.
--
-- A unique key of a partitioned table must hold the partition key, so (user_id, event_id) can no
-- longer be unique in usage_events itself. Two keys keep ingestion idempotent instead:
--  * usage_events' primary key (user_id, occurred_at, event_id): an event sent again as it was is
--    a duplicate for as long as the event is kept (it lands in the same partition);
--  * usage_event_ids (user_id, event_id): the same id with other content (another occurred_at) is
--    a conflict. It holds the ids of the acceptance window only (events older than 35 days are
--    refused, so an id older than that can only come back changed); retention trims it daily.
-- Existing rows are copied into the new table; on Citus both tables are sharded by user_id,
-- co-located with users (ADR 13), before the copy, so the rows go straight into the shards.
-- Citus: one connection per worker for this transaction's DDL and copies (as in 013).
SELECT set_config('citus.multi_shard_modify_mode', 'sequential', true);
ALTER TABLE usage_events RENAME TO usage_events_unpartitioned;
ALTER INDEX usage_events_pkey RENAME TO usage_events_unpartitioned_pkey;
ALTER INDEX usage_events_user_time_id RENAME TO usage_events_unpartitioned_user_time_id;
ALTER INDEX usage_events_storage RENAME TO usage_events_unpartitioned_storage;

CREATE TABLE usage_events (
  user_id text NOT NULL,
  event_id text NOT NULL,
  event_type text NOT NULL,
  occurred_at timestamptz NOT NULL,
  value numeric(20, 6) NOT NULL,
  client_id text,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- Also the order raw event pages and exports seek by (it replaces usage_events_user_time_id).
  PRIMARY KEY (user_id, occurred_at, event_id)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE usage_events_default PARTITION OF usage_events DEFAULT;
CREATE INDEX usage_events_storage ON usage_events (user_id, occurred_at, event_id)
  WHERE event_type = 'storage.measured';

CREATE TABLE usage_event_ids (
  user_id text NOT NULL,
  event_id text NOT NULL,
  occurred_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, event_id)
);

-- The months that hold rows, and this month to three months ahead.
DO $$
DECLARE
  m timestamp;
BEGIN
  FOR m IN
    SELECT DISTINCT date_trunc('month', occurred_at AT TIME ZONE 'UTC') FROM usage_events_unpartitioned
    UNION
    SELECT generate_series(date_trunc('month', now() AT TIME ZONE 'UTC'),
      date_trunc('month', now() AT TIME ZONE 'UTC') + interval '3 months', interval '1 month')
  LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF usage_events FOR VALUES FROM (%L) TO (%L)',
      'usage_events_p' || to_char(m, 'YYYYMM'), m AT TIME ZONE 'UTC',
      (m + interval '1 month') AT TIME ZONE 'UTC');
  END LOOP;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    PERFORM create_distributed_table('usage_events', 'user_id', colocate_with => 'users');
    PERFORM create_distributed_table('usage_event_ids', 'user_id', colocate_with => 'users');
  END IF;
END
$$;

INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id, received_at)
SELECT user_id, event_id, event_type, occurred_at, value, client_id, received_at
FROM usage_events_unpartitioned;

INSERT INTO usage_event_ids (user_id, event_id, occurred_at)
SELECT user_id, event_id, occurred_at FROM usage_events_unpartitioned
WHERE occurred_at >= now() - interval '36 days';

DROP TABLE usage_events_unpartitioned;
