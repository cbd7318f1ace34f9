// The demo seeds once and tops up later without generating anything twice: a free-plan user (whose
// plan is the one every user starts with) kept no anchor and was generated again on every start,
// from another anchor, with other ids: its usage counted twice, past its blocking limits.
import { describe, expect } from 'vitest';
import { seedDemo } from './seed-demo.js';
import { serviceTest } from './testing.js';

const test = serviceTest('2026-11-20T12:00:00Z');

async function sessionsByMonth(t: {
  db: { query: <R>(s: string, p?: unknown[]) => Promise<R[]> };
}) {
  return t.db.query<{ user_id: string; month: string; n: number; ids: number }>(
    `SELECT user_id, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
       sum(value)::int AS n, count(DISTINCT event_id)::int AS ids
     FROM usage_events WHERE event_type = 'session.created' GROUP BY 1, 2 ORDER BY 1, 2`,
  );
}

describe('seedDemo', () => {
  test('tops up a free-plan user from where it stopped, within its limit', async ({ ctx, t }) => {
    const first = await seedDemo({ ctx, input: { users: 3, months: 2 } });
    expect(first.accepted).toBeGreaterThan(1000);
    const before = await sessionsByMonth(t);
    // demo-03 is on the free plan (the plan a user has from creation).
    expect(before.some((r) => r.user_id === 'demo-03')).toBe(true);
    // A later start, an hour on: only that hour's events are new.
    ctx.setNow('2026-11-20T13:00:00Z');
    const again = await seedDemo({ ctx, input: { users: 3, months: 13 } });
    expect(again.accepted).toBeLessThan(200);
    const after = await sessionsByMonth(t);
    for (const r of before.filter((x) => x.month < '2026-11'))
      expect(after.find((a) => a.user_id === r.user_id && a.month === r.month)).toEqual(r);
    // Free sessions stop at the plan's 25 a month (UTC is demo-03's zone).
    for (const r of after.filter((x) => x.user_id === 'demo-03'))
      expect(r.n).toBeLessThanOrEqual(25);
  });

  test('dates the limit alerts of closed billing periods when they were crossed, delivered to nobody', async ({
    ctx,
    t,
  }) => {
    await seedDemo({ ctx, input: { users: 3, months: 4 } });
    const alerts = await t.db.query<{ period_key: string; kind: string; at: string }>(
      `SELECT period_key, kind, created_at::text AS at FROM usage_alerts
       WHERE user_id = 'demo-03' AND metric = 'sessions' ORDER BY created_at, kind`,
    );
    // demo-03 (free, UTC, 25 sessions a month): each line of the last three closed periods is
    // crossed at the event where the raw events' running sum first reaches it; November's are the
    // running server's to raise.
    const crossings = await t.db.query<{ period_key: string; kind: string; at: string }>(
      `WITH run AS (
         SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM') AS period_key, occurred_at,
           sum(value) OVER (PARTITION BY date_trunc('month', occurred_at AT TIME ZONE 'UTC')
             ORDER BY occurred_at, event_id) AS used
         FROM usage_events WHERE user_id = 'demo-03' AND event_type = 'session.created')
       SELECT period_key, 'threshold-' || pct AS kind, min(occurred_at)::text AS at
       FROM run, (VALUES (80), (100)) AS l(pct)
       WHERE period_key IN ('2026-08', '2026-09', '2026-10') AND used >= 25 * pct / 100.0
       GROUP BY 1, 2 ORDER BY 3, 2`,
    );
    expect(crossings.length).toBeGreaterThan(0);
    expect(alerts).toEqual(crossings);
    const [d] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM alert_deliveries`);
    expect(d!.n).toBe(0);
    // A later start raises none of them again.
    ctx.setNow('2026-11-20T13:00:00Z');
    await seedDemo({ ctx, input: { users: 3, months: 4 } });
    const [n] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM usage_alerts WHERE user_id = 'demo-03' AND metric = 'sessions'`,
    );
    expect(n!.n).toBe(alerts.length);
  });
});
