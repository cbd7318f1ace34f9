-- Rate-limit buckets are charged by every request: as an unlogged table a charge writes no WAL and
-- its commit waits for no flush (it did, once per request, queued behind ingestion's WAL syncs).
-- A crash empties the table, which gives every caller a full bucket: what an idle caller has anyway.
ALTER TABLE rate_buckets SET UNLOGGED;
