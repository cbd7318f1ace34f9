-- When a day first went stale, so /metrics can report the rollup lag (age of the oldest stale day).
-- A day marked again keeps its first time: the lag is how long the oldest unrolled change has waited.
ALTER TABLE rollup_dirty ADD COLUMN marked_at timestamptz NOT NULL DEFAULT now();
