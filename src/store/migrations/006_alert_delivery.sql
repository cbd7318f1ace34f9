-- Alerts delivered by durable jobs: a delivery per channel with its attempts, anomaly opt-in,
-- and jobs that run once more when asked again while running (an alert check must see new usage).
ALTER TABLE jobs ADD COLUMN rerun boolean NOT NULL DEFAULT false;
-- Deliveries and checks caused by new usage go before periodic sweeps (freshness of alerts).
ALTER TABLE jobs ADD COLUMN priority int NOT NULL DEFAULT 0;

ALTER TABLE alert_settings ADD COLUMN anomalies boolean NOT NULL DEFAULT false;

-- What an alert other than a limit one carries (an anomaly's expected value and band).
ALTER TABLE usage_alerts ADD COLUMN details jsonb;

CREATE TABLE alert_deliveries (
  user_id text NOT NULL,
  delivery_id text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'webhook')),
  -- The address or URL at the time the alerts were raised.
  target text NOT NULL,
  -- [{metric, kind, periodKey}] of the usage_alerts rows this delivery carries.
  alerts jsonb NOT NULL,
  -- sending: an email handed to the mail server and not confirmed; never retried, so never sent twice.
  status text NOT NULL CHECK (status IN ('pending', 'sending', 'retry', 'sent', 'failed', 'unknown')),
  attempts int NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  PRIMARY KEY (user_id, delivery_id)
);
CREATE INDEX alert_deliveries_recent ON alert_deliveries (user_id, created_at DESC);

CREATE TABLE alert_delivery_attempts (
  user_id text NOT NULL,
  delivery_id text NOT NULL,
  attempt int NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  ok boolean NOT NULL,
  http_status int,
  error text,
  duration_ms int NOT NULL,
  PRIMARY KEY (user_id, delivery_id, attempt)
);
