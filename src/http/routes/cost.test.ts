// The cost, budget and feature-use routes over a user with a plan change and audio overage.
import { describe, expect } from 'vitest';
import { ingestEvents } from '../../services/ingest-events.js';
import { runPendingRollups } from '../../services/rebuild-rollups.js';
import { setUser } from '../../services/set-user.js';
import { appTest, bearer } from '../testing.js';

const DAY = 86_400_000;
const test = appTest('2026-11-20T12:00:00Z');

describe('cost and feature use', () => {
  test.beforeAll(async ({ ctx }) => {
    // Starter from the start; Pro from 1 November.
    const early = { ...ctx, now: () => Date.parse('2026-08-01T00:00:00Z') };
    await setUser({ ctx: early, input: { userId: 'payer', patch: { plan: 'starter' } } });
    const events = [];
    for (let d = 110; d >= 1; d--) {
      const at = new Date(ctx.now() - d * DAY).toISOString();
      events.push({
        id: `s${d}`,
        userId: 'payer',
        type: 'session.created',
        occurredAt: at,
        value: 4,
      });
      events.push({
        id: `a${d}`,
        userId: 'payer',
        type: 'audio.processed',
        occurredAt: at,
        value: 25,
      });
      events.push({ id: `x${d}`, userId: 'payer', type: 'api.call', occurredAt: at, value: 1000 });
    }
    for (let i = 0; i < events.length; i += 1000)
      await ingestEvents({
        ctx,
        input: { body: { events: events.slice(i, i + 1000) }, backfill: true },
      });
    const nov = { ...ctx, now: () => Date.parse('2026-11-01T00:00:00Z') };
    await setUser({ ctx: nov, input: { userId: 'payer', patch: { plan: 'pro' } } });
    await runPendingRollups({ ctx, input: { retentionDays: 400 } });
  });

  test('prices each month on its plan, accrues this period and projects the bill', async ({
    ctx,
    app,
  }) => {
    const res = await app.inject({ url: '/api/usage/cost', headers: await bearer(ctx, 'payer') });
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c.currency).toBe('USD');
    expect(c.plan).toMatchObject({ name: 'pro', contract: false });
    expect(c.months).toHaveLength(12);
    const oct = c.months.find((m: { month: string }) => m.month === '2026-10');
    // 31 days x 25 minutes = 775 minutes on Starter: 175 over 600 at $0.03.
    expect(oct).toMatchObject({
      plan: 'starter',
      base: 19,
      overage: 5.25,
      total: 24.25,
      sessions: 124,
    });
    expect(oct.perSession).toBeCloseTo(24.25 / 124, 4);
    expect(oct.perAudioMinute).toBeCloseTo(24.25 / 775, 4);
    const nov = c.months.at(-1);
    expect(nov).toMatchObject({ month: '2026-11', plan: 'pro', complete: false, total: 49 });
    expect(c.months[0]).toMatchObject({ month: '2025-12', plan: null, total: null });
    expect(c.accrued).toEqual({ base: 49, overage: 0, total: 49 });
    expect(c.projected.level).toBe(0.8);
    expect(c.projected.low.total).toBeLessThanOrEqual(c.projected.point.total);
    expect(c.projected.high.total).toBeGreaterThanOrEqual(c.projected.point.total);
    expect(c.budget).toBeNull();
  });

  test('bills only the audio that sessions let through on a plan that refuses sessions', async ({
    ctx,
    app,
  }) => {
    // Starter refuses sessions past 250 a month and bills audio past 600 minutes at $0.03. This
    // user wants 12 sessions of 40 minutes in all a day: sessions run out around the 21st.
    const early = { ...ctx, now: () => Date.parse('2026-08-01T00:00:00Z') };
    await setUser({ ctx: early, input: { userId: 'capped', patch: { plan: 'starter' } } });
    const events = [];
    const used = new Map<string, number>();
    for (let d = 110; d >= 0; d--) {
      const at = new Date(ctx.now() - d * DAY - 3_600_000).toISOString();
      const month = at.slice(0, 7);
      const sessions = Math.min(12, 250 - (used.get(month) ?? 0));
      used.set(month, (used.get(month) ?? 0) + sessions);
      if (sessions <= 0) continue;
      const one = { userId: 'capped', occurredAt: at };
      events.push({ ...one, id: `cs${d}`, type: 'session.created', value: sessions });
      events.push({ ...one, id: `ca${d}`, type: 'audio.processed', value: (sessions * 40) / 12 });
    }
    await ingestEvents({ ctx, input: { body: { events }, backfill: true } });
    await runPendingRollups({ ctx, input: { retentionDays: 400 } });
    const res = await app.inject({ url: '/api/usage/cost', headers: await bearer(ctx, 'capped') });
    expect(res.statusCode, res.body).toBe(200);
    // Demand is 30 x 40 = 1,200 minutes ($18 over 600); the minutes stop with the sessions on
    // about the 21st: about 840 ($7.20).
    const { overage } = res.json().projected.point;
    expect(overage).toBeGreaterThan(5);
    expect(overage).toBeLessThan(10);
  });

  test('sets, changes and removes the budget', async ({ ctx, app }) => {
    const h = await bearer(ctx, 'payer');
    const put = (payload: object) =>
      app.inject({ method: 'PUT', url: '/api/usage/budget', headers: h, payload });
    const set = await put({ amount: 60 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({
      budget: { amount: 60, thresholds: [80, 100], forecast: true },
      currency: 'USD',
    });
    expect((await put({ amount: 70.555, thresholds: [100, 50, 50] })).json().budget).toEqual({
      amount: 70.56,
      thresholds: [50, 100],
      forecast: true,
    });
    const cost = await app.inject({ url: '/api/usage/cost', headers: h });
    expect(cost.json().budget).toMatchObject({ amount: 70.56 });
    expect((await put({ amount: 0 })).statusCode).toBe(400);
    expect((await put({ amount: 10, userId: 'other' })).statusCode).toBe(400);
    expect((await put({ amount: null })).json()).toEqual({ budget: null, currency: 'USD' });
  });

  test('shows each capability against the plan, the unused ones, and best practices', async ({
    ctx,
    app,
  }) => {
    const res = await app.inject({
      url: '/api/usage/features',
      headers: await bearer(ctx, 'payer'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json();
    expect(f.capabilities.map((c: { capability: string }) => c.capability)).toEqual([
      'sessions',
      'audio_minutes',
      'transcriptions',
      'exports',
      'storage_mb',
      'api_calls',
    ]);
    const sessions = f.capabilities[0];
    expect(sessions).toMatchObject({ used: 76, limit: 1000, included: 'limited', sharePct: 7.6 });
    expect(sessions.lastMonth).toBe(124);
    expect(f.unused).toEqual(['transcriptions', 'exports', 'storage_mb']);
    const ids = f.practices.map((p: { id: string }) => p.id);
    // 1,000 API calls for 4 sessions a day; Starter billed overage in August to October, no budget.
    expect(ids).toContain('best-practice:api-per-session');
    expect(ids).toContain('best-practice:set-budget');
    const api = f.practices.find((p: { id: string }) => p.id === 'best-practice:api-per-session');
    expect(api.evidence).toMatchObject({ apiCalls: 30000, sessions: 120, callsPerSession: 250 });
    expect(f.capabilities.map((c: { label: string }) => c.label)).toEqual([
      'Sessions',
      'Audio minutes',
      'Transcriptions',
      'Exports',
      'Storage',
      'API calls',
    ]);
  });

  test('names the capabilities in the language asked for', async ({ ctx, app }) => {
    const res = await app.inject({
      url: '/api/usage/features?lang=de-AT',
      headers: await bearer(ctx, 'payer'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json();
    expect(f.capabilities.map((c: { label: string }) => c.label)).toEqual([
      'Sitzungen',
      'Audiominuten',
      'Transkriptionen',
      'Exporte',
      'Speicher',
      'API-Aufrufe',
    ]);
    expect(f.capabilities[0]).toMatchObject({ capability: 'sessions', used: 76 });
  });
});
