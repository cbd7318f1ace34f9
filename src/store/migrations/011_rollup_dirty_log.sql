-- Stale markers become an append-only log: ingestion inserts one row per (user, UTC hour) of a
-- batch with a fresh version and never updates one, so concurrent batches touching the same
-- users' hours no longer wait on each other's marker row locks until commit (they did: at 1,000
-- events/s the ingest batches queued on those locks). A rollup deletes exactly the rows it saw.
ALTER TABLE rollup_dirty DROP CONSTRAINT rollup_dirty_pkey;
ALTER TABLE rollup_dirty ADD PRIMARY KEY (user_id, utc_hour, version);
