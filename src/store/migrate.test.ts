import { describe, expect } from 'vitest';
import { migrate } from './migrate.js';
import { listPlans } from './plans-catalog.js';
import { dbTest as test } from './testing.js';

describe('migrations', () => {
  test('are applied once and a second run applies nothing', async ({ t }) => {
    expect(await migrate(t.db)).toEqual([]);
  });

  test('load the default plan catalogue', async ({ t }) => {
    const plans = await listPlans(t.db);
    expect(plans.map((p) => p.name)).toEqual(['free', 'starter', 'pro', 'business', 'enterprise']);
    expect(plans[2]).toMatchObject({ priceUsd: 49, limits: { audio_minutes: 3000 } });
    expect(plans[4]?.limits.sessions).toBeNull();
  });

  test('lead every index of the usage tables with user_id', async ({ t }) => {
    const rows = await t.db.query<{ indexdef: string; tablename: string }>(
      `SELECT tablename, indexdef FROM pg_indexes
       WHERE schemaname = current_schema() AND tablename IN
         ('usage_events', 'usage_history', 'usage_client_days', 'rollup_dirty', 'user_plan_history', 'users')`,
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(r.indexdef).toMatch(/\(user_id[,)]/);
  });
});
