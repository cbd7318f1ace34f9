// POST /api/telemetry through the app: stored for the token's user only, refused when malformed,
// dropped (never stored) under DNT, Sec-GPC or TELEMETRY=off, capped per user, aggregated by day.
import { describe, expect } from 'vitest';
import { rollupTelemetry, expireTelemetry } from '../../services/rollup-telemetry.js';
import { appTest, bearer } from '../testing.js';

const NOW = '2026-11-28T12:00:00Z';
const test = appTest(NOW);
const at = '2026-11-28T11:59:00Z';
const batch = (events: unknown[], sessionId = 'sess-0001') => ({ sessionId, events });

describe('POST /api/telemetry', () => {
  // The database and app are made once per file; on a busy machine that outlasts one test's timeout.
  test.beforeAll(async ({ app }) => {
    await app.ready();
  });

  test('stores a batch for the caller and aggregates it per session, day and timing', async ({
    app,
    ctx,
    t,
  }) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/telemetry',
      headers: await bearer(ctx, 'tel-alice'),
      payload: batch([
        { name: 'page.view', at },
        { name: 'section.view', at, section: 'over-time' },
        { name: 'page.visible', at, value: 200_000 },
        { name: 'export', at, detail: 'csv' },
        { name: 'perf.first_chart', at, value: 640 },
        { name: 'perf.api', at, value: 120, detail: 'history' },
      ]),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ recorded: 6, ignored: null });
    const rows = await t.db.query<{ user_id: string }>(
      `SELECT DISTINCT user_id FROM telemetry_events WHERE session_id = 'sess-0001'`,
    );
    expect(rows).toEqual([{ user_id: 'tel-alice' }]);
    await rollupTelemetry({ ctx, input: {} });
    const [s] = await t.db.query<{ visible_ms: number; views: number; counts: object }>(
      `SELECT visible_ms, views, counts FROM telemetry_sessions WHERE user_id = 'tel-alice'`,
    );
    expect(s).toEqual({
      visible_ms: 200_000,
      views: 1,
      counts: { 'page.view': 1, 'section.view': 1, export: 1 },
    });
    const daily = await t.db.query(
      `SELECT name, section, events, users FROM telemetry_daily WHERE day = '2026-11-28' AND name = 'section.view'`,
    );
    expect(daily).toEqual([{ name: 'section.view', section: 'over-time', events: 1, users: 1 }]);
    const perf = await t.db.query<{ n: number }>(
      `SELECT sum(n)::int AS n FROM telemetry_perf_daily WHERE day = '2026-11-28'`,
    );
    expect(perf[0]!.n).toBe(2);
  });

  test('refuses unknown events, free text, a user id, oversized batches and bad values', async ({
    app,
    ctx,
  }) => {
    const headers = await bearer(ctx, 'tel-bob');
    const bad = [
      batch([{ name: 'page.scroll', at }]),
      batch([{ name: 'export', at, detail: 'https://example.com/?q=secret' }]),
      batch([{ name: 'section.view', at, section: 'elsewhere' }]),
      { ...batch([{ name: 'page.view', at }]), userId: 'tel-alice' },
      batch([{ name: 'page.view', at, userId: 'tel-alice' }]),
      batch(Array.from({ length: 51 }, () => ({ name: 'page.view', at }))),
      batch([{ name: 'page.visible', at }]),
      batch([{ name: 'page.view', at, value: 3 }]),
      batch([{ name: 'perf.api', at, value: 1e9 }]),
      batch([{ name: 'page.view', at: '2026-11-26T00:00:00Z' }]),
      batch([{ name: 'page.view', at: '2026-11-29T00:00:00Z' }]),
      batch([{ name: 'page.view', at }], 'short'),
    ];
    for (const payload of bad) {
      const res = await app.inject({ method: 'POST', url: '/api/telemetry', headers, payload });
      expect(res.statusCode, JSON.stringify(payload).slice(0, 120)).toBe(400);
    }
  });

  test('stores nothing under Do Not Track or Global Privacy Control', async ({ app, ctx, t }) => {
    for (const h of [{ dnt: '1' }, { 'sec-gpc': '1' }]) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/telemetry',
        headers: { ...(await bearer(ctx, 'tel-dnt')), ...h },
        payload: batch([{ name: 'page.view', at }]),
      });
      expect(res.json()).toEqual({ recorded: 0, ignored: 'do-not-track' });
    }
    const rows = await t.db.query(`SELECT 1 FROM telemetry_events WHERE user_id = 'tel-dnt'`);
    expect(rows).toEqual([]);
  });

  test('stores nothing when the deployment has TELEMETRY=off', async ({ app, ctx, t }) => {
    ctx.telemetryOff = true;
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/telemetry',
        headers: await bearer(ctx, 'tel-off'),
        payload: batch([{ name: 'page.view', at }]),
      });
      expect(res.json()).toEqual({ recorded: 0, ignored: 'disabled' });
    } finally {
      ctx.telemetryOff = false;
    }
    expect(await t.db.query(`SELECT 1 FROM telemetry_events WHERE user_id = 'tel-off'`)).toEqual(
      [],
    );
  });

  test('caps one user at 2,000 events a day', async ({ app, ctx }) => {
    const headers = await bearer(ctx, 'tel-busy');
    const fifty = batch(Array.from({ length: 50 }, () => ({ name: 'page.view', at })));
    let last = 0;
    for (let i = 0; i < 41; i++) {
      last = (await app.inject({ method: 'POST', url: '/api/telemetry', headers, payload: fifty }))
        .statusCode;
      if (i < 40) expect(last).toBe(200);
    }
    expect(last).toBe(429);
  });

  test('counts the cap by arrival, so backdated events cannot slip under it', async ({
    app,
    ctx,
  }) => {
    const headers = await bearer(ctx, 'tel-backdated');
    const start = ctx.now();
    // Each event says it happened 15 s short of the oldest time accepted (24 h before now).
    const send = async () => {
      const at = new Date(ctx.now() - 86_385_000).toISOString();
      const fifty = batch(Array.from({ length: 50 }, () => ({ name: 'page.view', at })));
      return (await app.inject({ method: 'POST', url: '/api/telemetry', headers, payload: fifty }))
        .statusCode;
    };
    for (let i = 0; i < 40; i++) expect(await send()).toBe(200);
    const now = ctx.now;
    ctx.now = () => start + 16_000; // the 2,000 events now claim to be older than a day
    try {
      expect(await send()).toBe(429);
    } finally {
      ctx.now = now;
    }
  });

  test('keeps raw telemetry 90 days and the aggregates for good', async ({ ctx, t }) => {
    await t.db.query(
      `INSERT INTO telemetry_events (user_id, session_id, name, occurred_at)
       VALUES ('tel-old', 'sess-old-1', 'page.view', '2026-08-01T00:00:00Z')`,
    );
    await rollupTelemetry({ ctx, input: { since: Date.parse('2026-08-01T00:00:00Z') } });
    await expireTelemetry({ ctx, input: {} });
    expect(await t.db.query(`SELECT 1 FROM telemetry_events WHERE user_id = 'tel-old'`)).toEqual(
      [],
    );
    expect(
      await t.db.query(`SELECT 1 FROM telemetry_sessions WHERE user_id = 'tel-old'`),
    ).toHaveLength(1);
  });
});
