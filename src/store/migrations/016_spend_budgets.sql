-- Cost (issue 17): the catalogue's currency on every plan, and each user's monthly spend budget
-- with the shares of it that raise an alert. Budget alerts are usage_alerts rows (metric 'spend')
-- delivered exactly like limit alerts.
ALTER TABLE plans ADD COLUMN IF NOT EXISTS currency text NOT NULL DEFAULT 'USD';

CREATE TABLE IF NOT EXISTS spend_budgets (
  user_id text PRIMARY KEY REFERENCES users (user_id),
  -- Per billing month, in the currency of the user's plan.
  amount numeric(12, 2) NOT NULL CHECK (amount > 0),
  thresholds int[] NOT NULL DEFAULT '{80,100}',
  -- Alert when the projected bill of the period is over the budget.
  forecast boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- On a Citus coordinator whose users are distributed (013), the budgets live on the shard of their
-- user, like every per-user table; elsewhere this does nothing. The whole file is idempotent, as
-- 013 is, so it finishes moving a restored database too (README, "Moving to Citus").
DO $$
BEGIN
  -- Two statements: without the extension, pg_dist_partition does not exist to be read.
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass('users')) THEN
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass('spend_budgets')) THEN
    PERFORM set_config('citus.multi_shard_modify_mode', 'sequential', true);
    PERFORM create_distributed_table('spend_budgets', 'user_id', colocate_with => 'users');
    PERFORM truncate_local_data_after_distributing_table('spend_budgets');
  END IF;
END
$$;
