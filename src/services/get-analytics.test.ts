import { describe, expect } from 'vitest';
import { appTest, bearer } from '../http/testing.js';
import { computePeers } from './get-peers.js';
import { ingestEvents } from './ingest-events.js';
import { runPendingRollups } from './rebuild-rollups.js';
import { setUser } from './set-user.js';
import type { TestContext } from './testing.js';

const DAY = 86_400_000;

const test = appTest('2026-11-20T12:00:00Z');

describe('analytics API', () => {
  // A user with a weekday rhythm: `perDay` sessions on weekdays, a fifth of it at weekends.
  async function seedUser(ctx: TestContext, userId: string, perDay: number, days: number) {
    const events = [];
    for (let d = days; d >= 1; d--) {
      const at = ctx.now() - d * DAY;
      const weekday = new Date(at).getUTCDay() % 6 !== 0;
      events.push({
        id: `${userId}-${d}`,
        userId,
        type: 'session.created',
        occurredAt: new Date(at).toISOString(),
        value: Math.max(1, Math.round(weekday ? perDay : perDay / 5)),
      });
      events.push({
        id: `${userId}-a${d}`,
        userId,
        type: 'audio.processed',
        occurredAt: new Date(at).toISOString(),
        value: perDay * 2,
      });
    }
    for (let i = 0; i < events.length; i += 1000) {
      await ingestEvents({
        ctx,
        input: { body: { events: events.slice(i, i + 1000) }, backfill: true },
      });
    }
  }

  test.beforeAll(async ({ ctx }) => {
    const early = { ...ctx, now: () => Date.parse('2025-01-01T00:00:00Z') };
    for (let i = 0; i < 12; i++) {
      const id = `peer-${String(i).padStart(2, '0')}`;
      await setUser({ ctx: early, input: { userId: id, patch: { plan: 'starter' } } });
      await seedUser(ctx, id, 2 + i, 90);
    }
    await runPendingRollups({ ctx, input: { retentionDays: 400 } });
    await computePeers({ ctx, input: { month: '2026-10' } });
  });

  test('serves every analytics type and insights, the second time from cache', async ({
    ctx,
    app,
  }) => {
    const h = await bearer(ctx, 'peer-05');
    for (const type of ['trends', 'patterns', 'predictions', 'comparisons', 'peers', 'anomalies']) {
      const res = await app.inject({ url: `/api/usage/analytics?type=${type}`, headers: h });
      expect(res.statusCode, type).toBe(200);
      expect(res.json().type).toBe(type);
    }
    const started = performance.now();
    const ins = await app.inject({ url: '/api/usage/insights', headers: h });
    expect(performance.now() - started).toBeLessThan(150);
    expect(ins.json().insights.length).toBeGreaterThan(0);
    const pred = (
      await app.inject({ url: '/api/usage/analytics?type=predictions', headers: h })
    ).json();
    const sessions = pred.forecast.metrics.find((m: { metric: string }) => m.metric === 'sessions');
    expect(sessions.available).toBe(true);
    expect(pred.advice.plans.length).toBe(5);
    // The same insights in German with lang=, no other language's wording on the wire.
    const de = (await app.inject({ url: '/api/usage/insights?lang=de', headers: h })).json();
    const en = ins.json();
    expect(de.insights.map((i: { id: string }) => i.id)).toEqual(
      en.insights.map((i: { id: string }) => i.id),
    );
    expect(de.insights[0].title).not.toBe(en.insights[0].title);
    expect(JSON.stringify([de, en])).not.toContain('"texts"');
  });

  test('places the user among peers of its plan without revealing any other user', async ({
    ctx,
    app,
  }) => {
    const res = await app.inject({
      url: '/api/usage/analytics?type=peers',
      headers: await bearer(ctx, 'peer-11'),
    });
    const body = res.json();
    expect(res.body).not.toMatch(/peer-(0\d|10)/);
    const sessions = body.metrics.find((m: { metric: string }) => m.metric === 'sessions');
    expect(sessions.cohort.n).toBe(12);
    expect(sessions.comparison).toMatchObject({ available: true });
    expect(sessions.comparison.percentile).toBeGreaterThanOrEqual(90);
  });

  test('says there is no cohort when fewer than 10 users share the plan', async ({ ctx, app }) => {
    await setUser({ ctx, input: { userId: 'lonely', patch: { plan: 'business' } } });
    const body = (
      await app.inject({
        url: '/api/usage/analytics?type=peers',
        headers: await bearer(ctx, 'lonely'),
      })
    ).json();
    // Last month's plan (none on record: Free), named in sentences as customers know it.
    expect(body).toMatchObject({ plan: 'free', planName: 'Free' });
    expect(
      body.metrics.every(
        (m: { cohort: unknown; comparison: { available: boolean } }) =>
          m.cohort === null && !m.comparison.available,
      ),
    ).toBe(true);
  });

  test('refuses unknown types and parameters', async ({ ctx, app }) => {
    const h = await bearer(ctx, 'peer-01');
    expect(
      (await app.inject({ url: '/api/usage/analytics?type=magic', headers: h })).statusCode,
    ).toBe(400);
    expect((await app.inject({ url: '/api/usage/analytics', headers: h })).statusCode).toBe(400);
    expect(
      (await app.inject({ url: '/api/usage/insights?userId=peer-02', headers: h })).statusCode,
    ).toBe(400);
  });
});
