-- Only the storage gauge is looked up by event type (the last measurement before an instant).
-- A partial index serves that lookup and spares every other event an index entry, which was a
-- third of the index work of each insert.
CREATE INDEX usage_events_storage ON usage_events (user_id, occurred_at, event_id)
  WHERE event_type = 'storage.measured';
DROP INDEX usage_events_user_type_time;
