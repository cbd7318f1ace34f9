import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect } from 'vitest';
import type { UsageInput } from '../analytics/index.js';
import { bearer, testApp } from '../http/testing.js';
import { analyzeInput } from './analyze-input.js';
import type { AnalysisRunner } from './context.js';
import { analysisCost, getAnalysis, UNCACHED_ANALYSIS_COST } from './get-analysis.js';
import { ingestEvents } from './ingest-events.js';
import { runPendingRollups } from './rebuild-rollups.js';
import { setUser } from './set-user.js';
import { serviceTest, testContext, type TestContext } from './testing.js';

const DAY = 86_400_000;

// Runs analyses on this thread and records the zone of each one it computes.
function countingRunner(): AnalysisRunner & { zones: string[] } {
  const zones: string[] = [];
  return {
    zones,
    async run(load: () => Promise<UsageInput>) {
      const input = await load();
      zones.push(input.zone);
      return analyzeInput(input);
    },
    admit: (work) => work(),
  };
}

const runner = countingRunner();
const test = serviceTest('2026-11-20T12:00:00Z', { analyses: runner });

describe('analyses', () => {
  async function seed(ctx: TestContext, userId: string, zone: string) {
    await setUser({ ctx, input: { userId, patch: { timeZone: zone } } });
    const events = Array.from({ length: 60 }, (_, d) => ({
      id: `${userId}-${d}`,
      userId,
      type: 'session.created',
      occurredAt: new Date(ctx.now() - (d + 1) * DAY).toISOString(),
      value: 3 + (d % 7),
    }));
    await ingestEvents({ ctx, input: { body: { events }, backfill: true } });
  }

  test.beforeAll(async ({ ctx }) => {
    await seed(ctx, 'berlin', 'Europe/Berlin');
    await seed(ctx, 'tokyo', 'Asia/Tokyo');
    await runPendingRollups({ ctx, input: { retentionDays: 400 } });
  });

  test('computes one analysis for every spelling of a zone, and none again for the user’s own zone', async ({
    ctx,
  }) => {
    runner.zones.length = 0;
    for (const tz of ['Europe/Berlin', 'europe/berlin', 'EUROPE/BERLIN', undefined]) {
      const a = await getAnalysis({ ctx, input: { userId: 'berlin', tz } });
      expect(a.zone).toBe('Europe/Berlin');
    }
    for (const tz of ['asia/calcutta', 'Asia/Kolkata', 'ASIA/KOLKATA'])
      expect((await getAnalysis({ ctx, input: { userId: 'berlin', tz } })).zone).toBe(
        'Asia/Kolkata',
      );
    expect(runner.zones).toEqual(['Europe/Berlin', 'Asia/Kolkata']);
  });

  test('moves "today" at the user’s local midnight, not at UTC midnight', async ({ ctx }) => {
    ctx.setNow('2026-11-20T14:30:00Z'); // 23:30 in Tokyo
    expect((await getAnalysis({ ctx, input: { userId: 'tokyo' } })).today).toBe('2026-11-20');
    ctx.setNow('2026-11-20T15:30:00Z'); // 00:30 on the 21st in Tokyo, still the 20th in UTC
    expect((await getAnalysis({ ctx, input: { userId: 'tokyo' } })).today).toBe('2026-11-21');
    ctx.setNow('2026-11-20T12:00:00Z');
  });

  test('stands by an analysis while events arrive for a quarter of an hour, not past it or a zone change', async ({
    ctx,
  }) => {
    ctx.setNow('2026-11-20T12:00:00Z');
    const first = await getAnalysis({ ctx, input: { userId: 'berlin' } });
    runner.zones.length = 0;
    const event = (id: string, at: string) => ({
      body: {
        events: [{ id, userId: 'berlin', type: 'session.created', occurredAt: at, value: 5 }],
      },
    });
    await ingestEvents({ ctx, input: event('settle-1', '2026-11-20T11:00:00Z') });
    ctx.setNow('2026-11-20T12:14:00Z');
    expect(await getAnalysis({ ctx, input: { userId: 'berlin' } })).toBe(first);
    expect(runner.zones).toEqual([]);
    ctx.setNow('2026-11-20T12:16:00Z');
    const refit = await getAnalysis({ ctx, input: { userId: 'berlin' } });
    expect(refit).not.toBe(first);
    expect(runner.zones).toEqual(['Europe/Berlin']);
    await setUser({ ctx, input: { userId: 'berlin', patch: { timeZone: 'Europe/Paris' } } });
    expect((await getAnalysis({ ctx, input: { userId: 'berlin' } })).zone).toBe('Europe/Paris');
    await setUser({ ctx, input: { userId: 'berlin', patch: { timeZone: 'Europe/Berlin' } } });
    ctx.setNow('2026-11-20T12:00:00Z');
    // As the other tests found it: the analysis of the current data kept.
    await getAnalysis({ ctx, input: { userId: 'berlin' } });
  });

  test('charges a computation more than a kept analysis', async ({ t, ctx }) => {
    expect(await analysisCost({ ctx, input: { userId: 'berlin', tz: 'America/Lima' } })).toBe(
      UNCACHED_ANALYSIS_COST,
    );
    await getAnalysis({ ctx, input: { userId: 'berlin', tz: 'America/Lima' } });
    expect(await analysisCost({ ctx, input: { userId: 'berlin', tz: 'America/Lima' } })).toBe(1);
    // Kept in the shared table too: another process (other caches) pays little as well.
    const other = testContext(t.db, '2026-11-20T12:00:00Z');
    expect(await analysisCost({ ctx: other, input: { userId: 'berlin' } })).toBe(1);
  });

  describe('over HTTP', () => {
    let app: FastifyInstance;
    test.beforeAll(({ ctx }) => {
      app = testApp(ctx, {
        rateLimits: {
          perUser: { perMinute: 60, burst: 40 },
          perKey: { perMinute: 60, burst: 40 },
        },
      });
    });
    afterAll(() => app.close());

    test('refuses a second computation in a burst but keeps serving cached reads', async ({
      ctx,
    }) => {
      const h = await bearer(ctx, 'tokyo');
      const ask = (tz: string) =>
        app.inject({ url: `/api/usage/analytics?type=predictions&tz=${tz}`, headers: h });
      expect((await ask('Europe/Paris')).statusCode).toBe(200); // 30 of 40 tokens
      const refused = await ask('Europe/Madrid');
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await ask('europe/paris')).statusCode).toBe(200); // cached: 1 token
      const history = await app.inject({ url: '/api/usage/history', headers: h });
      expect(history.statusCode).toBe(200);
    });
  });
});
