-- Rate-limit token buckets shared by every server process on the database.
CREATE TABLE rate_buckets (
  key text PRIMARY KEY,
  tokens float8 NOT NULL,
  at timestamptz NOT NULL,
  granted boolean NOT NULL
);
