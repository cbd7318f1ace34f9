-- Raw event pages and streamed exports seek by (occurred_at, event_id): with the id in the index
-- every page starts where the last one ended instead of rescanning the range.
CREATE INDEX usage_events_user_time_id ON usage_events (user_id, occurred_at, event_id);
DROP INDEX usage_events_user_time;
