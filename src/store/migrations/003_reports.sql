-- Emailed reports: subscriptions, and the send ledger that makes each (subscription, period) go out once.
CREATE TABLE report_subscriptions (
  user_id text NOT NULL REFERENCES users (user_id),
  subscription_id text NOT NULL,
  frequency text NOT NULL CHECK (frequency IN ('weekly', 'monthly')),
  email text NOT NULL,
  format text NOT NULL DEFAULT 'none' CHECK (format IN ('none', 'pdf', 'csv')),
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  -- Consecutive permanent delivery failures; the subscription stops at the limit and says why.
  failures int NOT NULL DEFAULT 0,
  disabled_reason text,
  PRIMARY KEY (user_id, subscription_id)
);

CREATE TABLE report_sends (
  user_id text NOT NULL,
  subscription_id text NOT NULL,
  period_key text NOT NULL,
  -- sending: handed to the mail server and not yet confirmed; never retried, so never sent twice.
  status text NOT NULL CHECK (status IN ('sending', 'retry', 'sent', 'failed', 'unknown')),
  message_id text NOT NULL,
  attempts int NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, subscription_id, period_key)
);

-- Limit alerts: on by default for subscribed users; each (metric, threshold, billing period) once.
CREATE TABLE alert_settings (
  user_id text PRIMARY KEY REFERENCES users (user_id),
  enabled boolean NOT NULL DEFAULT true,
  thresholds int[] NOT NULL DEFAULT '{80,100}',
  forecast boolean NOT NULL DEFAULT true,
  webhook_url text,
  webhook_secret text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE usage_alerts (
  user_id text NOT NULL,
  metric text NOT NULL,
  kind text NOT NULL,
  period_key text NOT NULL,
  value numeric(20, 6) NOT NULL,
  limit_value numeric(20, 6) NOT NULL,
  message text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  emailed_at timestamptz,
  webhook_at timestamptz,
  PRIMARY KEY (user_id, metric, kind, period_key)
);

-- Anonymised peer cohorts: per plan, month and metric, percentiles of users' totals. No user ids.
CREATE TABLE peer_cohorts (
  plan_name text NOT NULL,
  month text NOT NULL,
  metric text NOT NULL,
  n int NOT NULL,
  p25 double precision NOT NULL,
  p50 double precision NOT NULL,
  p75 double precision NOT NULL,
  p90 double precision NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (plan_name, month, metric)
);

-- The last analysis per user, shared by every process, valid while data_version matches.
CREATE TABLE analysis_cache (
  user_id text PRIMARY KEY,
  data_version text NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  payload jsonb NOT NULL
);
