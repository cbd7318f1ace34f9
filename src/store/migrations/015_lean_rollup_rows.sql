-- Lean rollup rows (ADR 15): a row no longer carries its plan's name and limits (about 140 bytes
-- of JSON each). The plan of any stored period is the one the plan history has in force at the
-- period's end, which is how the rollups chose it; every user gets a plan history row here if it
-- lacked one. The row's uuid and its index go too: (user_id, period_type, period_start) was
-- already unique and becomes the primary key; created_at was never read. recorded_at takes the
-- uuid's other role: each rollup writes a new one.
-- Columns are ordered widest fixed-size first so no alignment padding is stored. The table is
-- rebuilt (copying the rows) rather than altered, because dropped columns keep their bytes in
-- every existing row until it is rewritten. On Citus the new table is sharded before the copy.
SELECT set_config('citus.multi_shard_modify_mode', 'sequential', true);
INSERT INTO user_plan_history (user_id, valid_from, plan_name, plan_limits)
SELECT u.user_id, '-infinity', u.plan_name, p.limits
FROM users u JOIN plans p ON p.name = u.plan_name
LEFT JOIN user_plan_history h ON h.user_id = u.user_id
WHERE h.user_id IS NULL;

ALTER TABLE usage_history RENAME TO usage_history_wide;
ALTER INDEX usage_history_pkey RENAME TO usage_history_wide_pkey;
ALTER INDEX unique_user_period RENAME TO usage_history_wide_period;

CREATE TABLE usage_history (
  user_id text NOT NULL,
  period_start timestamptz NOT NULL,
  period_end timestamptz NOT NULL,
  -- When the row was written: clock_timestamp(), not now(), so a row replaced by a later rollup
  -- always has a later time (cached month parts tell rows apart by it, as they did by the uuid).
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  sessions_created bigint NOT NULL DEFAULT 0,
  transcriptions_completed bigint NOT NULL DEFAULT 0,
  exports_generated bigint NOT NULL DEFAULT 0,
  api_calls_made bigint NOT NULL DEFAULT 0,
  event_count bigint NOT NULL DEFAULT 0,
  unique_clients int NOT NULL DEFAULT 0,
  concurrent_sessions_peak int NOT NULL DEFAULT 0,
  period_type varchar(20) NOT NULL CHECK (period_type IN ('hourly', 'daily', 'monthly')),
  audio_minutes_processed numeric(16, 4) NOT NULL DEFAULT 0,
  -- A gauge: the latest measurement in the period, NULL when none was taken.
  storage_used_mb numeric(16, 4),
  storage_peak_mb numeric(16, 4),
  CONSTRAINT unique_user_period PRIMARY KEY (user_id, period_type, period_start)
);

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    PERFORM create_distributed_table('usage_history', 'user_id', colocate_with => 'users');
  END IF;
END
$$;

INSERT INTO usage_history (user_id, period_start, period_end, recorded_at, sessions_created,
  transcriptions_completed, exports_generated, api_calls_made, event_count, unique_clients,
  concurrent_sessions_peak, period_type, audio_minutes_processed, storage_used_mb, storage_peak_mb)
SELECT user_id, period_start, period_end, recorded_at, sessions_created, transcriptions_completed,
  exports_generated, api_calls_made, event_count, unique_clients, concurrent_sessions_peak,
  period_type, audio_minutes_processed, storage_used_mb, storage_peak_mb
FROM usage_history_wide;

DROP TABLE usage_history_wide;
