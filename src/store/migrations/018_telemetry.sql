-- Product telemetry (issue 18): what the dashboard reports about its own use, kept in our
-- database only. Raw events live 90 days (the telemetry-retention job); the aggregates below are
-- kept for good, so the story's monthly success metrics outlive the raw rows.
--
-- Placement on Citus (as 013 does): telemetry_events and telemetry_sessions carry a user_id and
-- are sharded by it, co-located with users (one user's rows on one shard, written by that user's
-- token only). telemetry_daily, telemetry_perf_daily and ops_samples hold no user id: they are
-- platform-wide counts read by the operator console, so they stay plain tables on the
-- coordinator, like jobs and peer_cohorts.

CREATE TABLE telemetry_events (
  user_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- One page load of the dashboard (random, made by the browser; not a cookie, not stored there).
  session_id text NOT NULL,
  name text NOT NULL,
  section text,
  detail text,
  -- Milliseconds for durations and timings; NULL for plain events.
  value double precision,
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, id)
);
CREATE INDEX telemetry_events_user_time ON telemetry_events (user_id, occurred_at);
-- The daily rollup and the retention job read across users by day.
CREATE INDEX telemetry_events_time ON telemetry_events (occurred_at);

-- One row per dashboard session: its UTC day, visible time and what was done in it.
CREATE TABLE telemetry_sessions (
  user_id text NOT NULL,
  session_id text NOT NULL,
  day date NOT NULL,
  visible_ms bigint NOT NULL DEFAULT 0,
  views int NOT NULL DEFAULT 0,
  -- Events per name in the session, e.g. {"export": 2, "plan.compare": 1}.
  counts jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (user_id, session_id)
);
CREATE INDEX telemetry_sessions_user_day ON telemetry_sessions (user_id, day);

-- Events and distinct users per UTC day, event name and section.
CREATE TABLE telemetry_daily (
  day date NOT NULL,
  name text NOT NULL,
  section text NOT NULL DEFAULT '',
  events int NOT NULL,
  users int NOT NULL,
  PRIMARY KEY (day, name, section)
);

-- Real-user timings per UTC day as a histogram of 5%-wide buckets, so any range's percentiles
-- come from sums of days (within 2.5%) after the raw rows are gone.
CREATE TABLE telemetry_perf_daily (
  day date NOT NULL,
  metric text NOT NULL,
  bucket int NOT NULL,
  n int NOT NULL,
  PRIMARY KEY (day, metric, bucket)
);

-- The platform's health once a minute per process: events accepted, rollup lag, cache use, jobs.
CREATE TABLE ops_samples (
  at timestamptz NOT NULL,
  instance text NOT NULL,
  events int NOT NULL,
  rollup_lag_s double precision NOT NULL,
  cache_hits int NOT NULL,
  cache_misses int NOT NULL,
  queued_jobs int NOT NULL,
  failed_jobs int NOT NULL,
  PRIMARY KEY (at, instance)
);

DO $$
DECLARE
  t text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    RETURN;
  END IF;
  FOREACH t IN ARRAY ARRAY['telemetry_events', 'telemetry_sessions'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass(t)) THEN
      PERFORM create_distributed_table(t, 'user_id', colocate_with => 'users');
    END IF;
  END LOOP;
END
$$;
