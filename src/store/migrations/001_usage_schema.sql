-- Usage store. Every primary key, unique key and index leads with user_id so the usage
-- tables can later be distributed by user (Citus) unchanged.

CREATE TABLE plans (
  name text PRIMARY KEY,
  display_name text NOT NULL,
  price_usd numeric(10, 2),
  limits jsonb NOT NULL,
  overage jsonb NOT NULL DEFAULT '{}',
  sort_order int NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  user_id text PRIMARY KEY CHECK (char_length(user_id) BETWEEN 1 AND 128),
  email text,
  time_zone text NOT NULL DEFAULT 'UTC',
  plan_name text NOT NULL DEFAULT 'free' REFERENCES plans (name),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Which plan applied from when, so every past period knows its plan and limits.
CREATE TABLE user_plan_history (
  user_id text NOT NULL REFERENCES users (user_id),
  valid_from timestamptz NOT NULL,
  plan_name text NOT NULL REFERENCES plans (name),
  plan_limits jsonb NOT NULL,
  PRIMARY KEY (user_id, valid_from)
);

CREATE TABLE usage_events (
  user_id text NOT NULL,
  event_id text NOT NULL,
  event_type text NOT NULL,
  occurred_at timestamptz NOT NULL,
  value numeric(20, 6) NOT NULL,
  client_id text,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, event_id)
);
CREATE INDEX usage_events_user_time ON usage_events (user_id, occurred_at);
CREATE INDEX usage_events_user_type_time ON usage_events (user_id, event_type, occurred_at);

CREATE TABLE usage_history (
  user_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  period_type varchar(20) NOT NULL CHECK (period_type IN ('hourly', 'daily', 'monthly')),
  period_start timestamptz NOT NULL,
  period_end timestamptz NOT NULL,
  sessions_created bigint NOT NULL DEFAULT 0,
  audio_minutes_processed numeric(16, 4) NOT NULL DEFAULT 0,
  transcriptions_completed bigint NOT NULL DEFAULT 0,
  exports_generated bigint NOT NULL DEFAULT 0,
  -- A gauge: the latest measurement in the period, NULL when none was taken.
  storage_used_mb numeric(16, 4),
  storage_peak_mb numeric(16, 4),
  unique_clients int NOT NULL DEFAULT 0,
  api_calls_made bigint NOT NULL DEFAULT 0,
  concurrent_sessions_peak int NOT NULL DEFAULT 0,
  event_count bigint NOT NULL DEFAULT 0,
  plan_name varchar(20),
  plan_limits jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, id),
  CONSTRAINT unique_user_period UNIQUE (user_id, period_type, period_start)
);

-- Distinct clients per local day, so unique counts over weeks, months and ranges stay exact.
CREATE TABLE usage_client_days (
  user_id text NOT NULL,
  day_start timestamptz NOT NULL,
  client_id text NOT NULL,
  PRIMARY KEY (user_id, day_start, client_id)
);

-- UTC days whose rollups are stale. version lets a rollup clear only what it has seen.
CREATE SEQUENCE rollup_dirty_version;
CREATE TABLE rollup_dirty (
  user_id text NOT NULL,
  utc_day date NOT NULL,
  version bigint NOT NULL,
  PRIMARY KEY (user_id, utc_day)
);

-- Durable jobs shared by every server process on the database.
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  key text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts int NOT NULL DEFAULT 0,
  max_attempts int NOT NULL DEFAULT 5,
  lease_token uuid,
  lease_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  UNIQUE (name, key)
);
CREATE INDEX jobs_due ON jobs (run_at) WHERE status IN ('queued', 'running');
