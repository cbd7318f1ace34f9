-- Usage per client: hourly rows from raw events, daily and monthly rows derived from them, in the
-- same rollup transaction as usage_history, so the client rows of a period always add up to its
-- totals. client_id '' holds the events sent without a client. Only the summed metrics are kept
-- per client (a gauge or a peak has no share). Hourly rows follow usage_history's hourly horizon
-- (HOURLY_RETENTION_DAYS, ADR 15: kept for good by default), so a zone change derives the days and
-- months they still back, and api_calls by client and hour outlive raw-event retention.
CREATE TABLE IF NOT EXISTS usage_client_history (
  user_id text NOT NULL,
  period_type varchar(20) NOT NULL CHECK (period_type IN ('hourly', 'daily', 'monthly')),
  period_start timestamptz NOT NULL,
  client_id text NOT NULL,
  period_end timestamptz NOT NULL,
  sessions_created bigint NOT NULL DEFAULT 0,
  audio_minutes_processed numeric(16, 4) NOT NULL DEFAULT 0,
  transcriptions_completed bigint NOT NULL DEFAULT 0,
  exports_generated bigint NOT NULL DEFAULT 0,
  api_calls_made bigint NOT NULL DEFAULT 0,
  event_count bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, period_type, period_start, client_id)
);
-- One client's periods in order (the client filter of history and exports).
CREATE INDEX IF NOT EXISTS usage_client_history_by_client
  ON usage_client_history (user_id, client_id, period_type, period_start);

-- On a Citus coordinator (ADR 13), sharded by user_id and co-located with users like every usage
-- table of migration 013; elsewhere nothing. Idempotent like 013, so after a pg_restore of a
-- single-server database the same file run with psql shards the restored rows.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_dist_partition
      WHERE logicalrelid = to_regclass('usage_client_history')) THEN
    PERFORM create_distributed_table('usage_client_history', 'user_id', colocate_with => 'users');
    PERFORM truncate_local_data_after_distributing_table('usage_client_history');
  END IF;
END
$$;
