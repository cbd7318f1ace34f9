-- On a Citus coordinator (ADR 13): usage tables sharded by user_id, all co-located with users so a
-- user's rows live on one shard; plans a reference table (a copy on every node); jobs, rate
-- buckets, peer cohorts and schema_migrations stay plain tables on the coordinator (global state
-- read and locked by the coordinator only). Without the citus extension (PGlite, plain
-- PostgreSQL) this does nothing. Idempotent: a table already in Citus's metadata is skipped, so
-- the same file run again with psql finishes moving a restored single-server database.
DO $$
DECLARE
  fk record;
  fks text[] := '{}';
  t text;
  moved text[] := '{}';
  usage_tables text[] := ARRAY['users', 'user_plan_history', 'usage_events', 'usage_history',
    'usage_client_days', 'rollup_dirty', 'api_keys', 'report_subscriptions', 'report_sends',
    'alert_settings', 'usage_alerts', 'analysis_cache', 'alert_deliveries',
    'alert_delivery_attempts', 'mail_quota', 'usage_event_ids'];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    RETURN;
  END IF;
  -- One connection per worker for this transaction's DDL: parallel shard connections would make
  -- the foreign keys to the reference table fail later in the same transaction.
  PERFORM set_config('citus.multi_shard_modify_mode', 'sequential', true);
  -- A foreign key to plans would turn users into a coordinator-local table the moment plans
  -- becomes a reference table, and users cannot be distributed while it points at a local plans:
  -- drop the foreign keys of these tables, place every table, then add the keys back.
  FOR fk IN
    SELECT c.conname, c.conrelid::regclass::text AS rel, pg_get_constraintdef(c.oid) AS def
    FROM pg_constraint c
    WHERE c.contype = 'f'
      AND c.conrelid = ANY (SELECT to_regclass(x) FROM unnest(usage_tables) AS x)
      AND NOT EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid = c.conrelid)
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.rel, fk.conname);
    fks := fks || format('ALTER TABLE %s ADD CONSTRAINT %I %s', fk.rel, fk.conname, fk.def);
  END LOOP;
  IF NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass('plans')) THEN
    PERFORM create_reference_table('plans');
  END IF;
  FOREACH t IN ARRAY usage_tables LOOP
    -- A table a later migration creates (usage_event_ids, 014) is there only when this file is
    -- run again by hand on a restored database.
    IF to_regclass(t) IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass(t)) THEN
      IF t = 'users' THEN
        PERFORM create_distributed_table(t, 'user_id');
      ELSE
        PERFORM create_distributed_table(t, 'user_id', colocate_with => 'users');
      END IF;
      moved := moved || t;
    END IF;
  END LOOP;
  FOREACH t IN ARRAY fks LOOP
    EXECUTE t;
  END LOOP;
  -- Rows of a restored database were copied into the shards; the coordinator's own copy is
  -- invisible from now on and only takes disk.
  FOREACH t IN ARRAY moved LOOP
    PERFORM truncate_local_data_after_distributing_table(t);
  END LOOP;
END
$$;
