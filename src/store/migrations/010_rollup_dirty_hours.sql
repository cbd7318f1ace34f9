-- Stale markers per UTC hour instead of per UTC day: a read recomputes only the unrolled hours of
-- a day from raw events (the rest of the day comes from its hourly rows), so a busy user's open
-- tail is bounded by the hours since its last rollup, not by the whole day (ADR 10).
-- A day marked before this migration becomes its 24 hours, keeping its version and first time.
CREATE TABLE rollup_dirty_hours (
  user_id text NOT NULL,
  utc_hour timestamptz NOT NULL CHECK (utc_hour = date_trunc('hour', utc_hour, 'UTC')),
  version bigint NOT NULL,
  marked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, utc_hour)
);
INSERT INTO rollup_dirty_hours (user_id, utc_hour, version, marked_at)
SELECT r.user_id, (r.utc_day::timestamp AT TIME ZONE 'UTC') + h * interval '1 hour', r.version, r.marked_at
FROM rollup_dirty r CROSS JOIN generate_series(0, 23) AS h;
DROP TABLE rollup_dirty;
ALTER TABLE rollup_dirty_hours RENAME TO rollup_dirty;
ALTER INDEX rollup_dirty_hours_pkey RENAME TO rollup_dirty_pkey;
