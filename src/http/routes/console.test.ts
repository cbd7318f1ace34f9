// The operator console's routes through the app: success metrics with targets from stored
// telemetry, alerts and plan changes; the lists and their CSV; health; a read-only user view.
import { describe, expect } from 'vitest';
import { rollupTelemetry } from '../../services/rollup-telemetry.js';
import { setUser } from '../../services/set-user.js';
import { rollupUser } from '../../services/rollup-user.js';
import { appTest, bearer } from '../testing.js';

const test = appTest('2026-11-20T12:00:00Z');

describe('the operator console', () => {
  test.beforeAll(async ({ app, ctx, t }) => {
    await app.ready();
    const service = await bearer(ctx, 'svc', 'ingest');
    // Two active users in November; ana on free runs at 2 sessions a day (40 by the 20th of 25).
    const events = Array.from({ length: 40 }, (_, i) => ({
      id: `a-${i}`,
      userId: 'ana',
      type: 'session.created',
      occurredAt: `2026-11-${String(1 + Math.floor(i / 2)).padStart(2, '0')}T10:00:00Z`,
    }));
    events.push({
      id: 'b-1',
      userId: 'ben',
      type: 'session.created',
      occurredAt: '2026-11-10T10:00:00Z',
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/usage/events',
      headers: service,
      payload: { events },
    });
    expect(res.statusCode).toBe(200);
    for (const userId of ['ana', 'ben']) await rollupUser({ ctx, input: { userId } });
    // ana looked at her history, compared plans and exported; ben never opened the dashboard.
    await t.db.query(
      `INSERT INTO telemetry_events (user_id, session_id, name, detail, value, occurred_at) VALUES
       ('ana', 's-ana-0001', 'page.view', NULL, NULL, '2026-11-20T11:00:00Z'),
       ('ana', 's-ana-0001', 'page.visible', NULL, 240000, '2026-11-20T11:04:00Z'),
       ('ana', 's-ana-0001', 'export', 'csv', NULL, '2026-11-20T11:02:00Z'),
       ('ana', 's-ana-0001', 'plan.compare', NULL, NULL, '2026-11-20T11:03:00Z'),
       ('ana', 's-ana-0001', 'perf.first_chart', NULL, 700, '2026-11-20T11:00:01Z'),
       ('ana', 's-ana-0001', 'perf.api', NULL, 90, '2026-11-20T11:00:01Z')`,
    );
    await rollupTelemetry({ ctx, input: { since: Date.parse('2026-11-01T00:00:00Z') } });
    // ben reached a limit without any warning; ana upgraded after comparing plans.
    await t.db.query(
      `INSERT INTO usage_alerts (user_id, metric, kind, period_key, value, limit_value, message, created_at)
       VALUES ('ben', 'sessions', 'threshold-100', '2026-11', 25, 25, 'x', '2026-11-15T00:00:00Z')`,
    );
    await setUser({
      ctx: { ...ctx, now: () => Date.parse('2026-11-20T11:30:00Z') },
      input: { userId: 'ana', patch: { plan: 'free' } },
    });
    await setUser({
      ctx: { ...ctx, now: () => Date.parse('2026-11-20T11:40:00Z') },
      input: { userId: 'ana', patch: { plan: 'starter' } },
    });
    await setUser({ ctx, input: { userId: 'ana', patch: { plan: 'free' } } });
  });

  test('gives every success metric with its target', async ({ app, ctx }) => {
    const res = await app.inject({
      url: '/api/admin/metrics?month=2026-11',
      headers: await bearer(ctx, 'svc', 'ingest'),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const m = Object.fromEntries(body.metrics.map((x: { id: string }) => [x.id, x]));
    expect(m.history_viewers).toMatchObject({ value: 50, target: 70, met: false });
    expect(m.export_share).toMatchObject({ value: 50, target: 30, met: true });
    expect(m.session_mean).toMatchObject({ value: 4, target: 3, met: true });
    expect(m.chart_load_p75.value).toBeGreaterThan(660);
    expect(m.proactive_upgrades.basis).toMatch(/^1 of 1 upgrades/);
    expect(m.unwarned_limit_hits).toMatchObject({ value: 1, target: 0, met: false });
    expect(body.trend).toHaveLength(6);
    // Real-user performance per day: the one day with timings, its percentiles within 5%.
    expect(body.performance).toHaveLength(1);
    expect(body.performance[0]).toMatchObject({ day: '2026-11-20' });
    expect(body.performance[0].firstChartMs.n).toBe(1);
    expect(Math.abs(body.performance[0].firstChartMs.p95 - 700) / 700).toBeLessThan(0.05);
    expect(Math.abs(body.performance[0].apiMs.p50 - 90) / 90).toBeLessThan(0.05);
    const bad = await app.inject({
      url: '/api/admin/metrics?month=2026-13',
      headers: await bearer(ctx, 'svc', 'ingest'),
    });
    expect(bad.statusCode).toBe(400);
  });

  test('names the success metrics and their bases in the language asked for', async ({
    app,
    ctx,
  }) => {
    const res = await app.inject({
      url: '/api/admin/metrics?month=2026-11&lang=de',
      headers: await bearer(ctx, 'svc', 'ingest'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const m = Object.fromEntries(
      res.json().metrics.map((x: { id: string; label: string; basis: string }) => [x.id, x]),
    );
    expect(m.history_viewers.label).toBe('Aktive Nutzer, die ihren Verlauf angesehen haben');
    expect(m.history_viewers).toMatchObject({ value: 50, target: 70, met: false });
    expect(m.history_viewers.basis).toMatch(/^\d+ von \d+ aktiven Nutzern$/);
    expect(m.proactive_upgrades.basis).toMatch(/^1 von 1 Upgrades folgten/);
    expect(m.unwarned_limit_hits.label).toBe(
      'Nutzer, die ein Limit ohne vorherige Warnung erreichten',
    );
    const en = await app.inject({
      url: '/api/admin/metrics?month=2026-11',
      headers: await bearer(ctx, 'svc', 'ingest'),
    });
    const e = en.json().metrics.find((x: { id: string }) => x.id === 'history_viewers');
    expect(e.label).toBe('Active users who viewed their history');
    expect(e.basis).toMatch(/^\d+ of \d+ active users$/);
  });

  test('lists upgrade candidates with the numbers behind them, also as CSV', async ({
    app,
    ctx,
  }) => {
    const headers = await bearer(ctx, 'svc', 'ingest');
    const res = await app.inject({ url: '/api/admin/lists', headers });
    expect(res.statusCode).toBe(200);
    const ana = res.json().upgrade.find((r: { userId: string }) => r.userId === 'ana');
    expect(ana).toMatchObject({
      plan: 'free',
      metric: 'sessions',
      monthToDate: 40,
      limit: 25,
      suggestedPlan: 'starter',
    });
    const csv = await app.inject({ url: '/api/admin/lists/upgrade/csv', headers });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\r\n')[0]).toBe(
      'userId,plan,metric,monthToDate,projected,limit,projectedPct,expectedOverageUsd,blockedUnits,suggestedPlan',
    );
    expect(csv.body).toContain('ana,free,sessions,40,');
  });

  test('reports health', async ({ app, ctx }) => {
    const res = await app.inject({
      url: '/api/admin/health',
      headers: await bearer(ctx, 'svc', 'ingest'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ eventsPerMinute: 0, failedJobs: [] });
  });

  test("opens a user's dashboard read-only", async ({ app, ctx }) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/users/ana/view',
      headers: await bearer(ctx, 'svc', 'ingest'),
    });
    expect(res.statusCode).toBe(200);
    const view = { authorization: `Bearer ${res.json().token}` };
    expect((await app.inject({ url: '/api/usage/current', headers: view })).statusCode).toBe(200);
    for (const [url, payload] of [
      ['/api/keys', { name: 'x' }],
      ['/api/usage/subscribe', { frequency: 'monthly' }],
      [
        '/api/telemetry',
        { sessionId: 'operator-1', events: [{ name: 'page.view', at: '2026-11-20T11:59:00Z' }] },
      ],
    ] as const) {
      const w = await app.inject({ method: 'POST', url, headers: view, payload });
      expect(w.statusCode, url).toBe(403);
    }
    const missing = await app.inject({
      method: 'POST',
      url: '/api/admin/users/nobody/view',
      headers: await bearer(ctx, 'svc', 'ingest'),
    });
    expect(missing.statusCode).toBe(404);
  });
});
