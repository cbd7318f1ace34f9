import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect } from 'vitest';
import { AnalyticsInputError, type UsageInput } from '../analytics/index.js';
import { bearer, testApp } from '../http/testing.js';
import { analyzeInput } from '../services/analyze-input.js';
import { ingestEvents } from '../services/ingest-events.js';
import { runPendingRollups } from '../services/rebuild-rollups.js';
import { setUser } from '../services/set-user.js';
import { serviceTest } from '../services/testing.js';
import { usageInput } from '../services/usage-input.js';
import { createAnalysisRunner, type PooledRunner } from './analysis-runner.js';

const DAY = 86_400_000;

const test = serviceTest('2026-11-20T12:00:00Z');

describe('analysis runner', () => {
  let runner: PooledRunner;

  test.beforeAll(async ({ ctx }) => {
    runner = createAnalysisRunner({ threads: 1, maxWaiting: 40 });
    // Thirteen months of daily usage: an analysis of it takes about 0.6 s of CPU.
    await setUser({ ctx, input: { userId: 'u1', patch: { timeZone: 'Europe/Berlin' } } });
    const events = Array.from({ length: 400 }, (_, d) => [
      {
        id: `s${d}`,
        userId: 'u1',
        type: 'session.created',
        occurredAt: new Date(ctx.now() - (d + 1) * DAY).toISOString(),
        value: 5 + (d % 7),
      },
      {
        id: `a${d}`,
        userId: 'u1',
        type: 'audio.processed',
        occurredAt: new Date(ctx.now() - (d + 1) * DAY + 3_600_000).toISOString(),
        value: 20 + (d % 11),
      },
    ]).flat();
    await ingestEvents({ ctx, input: { body: { events }, backfill: true } });
    await runPendingRollups({ ctx, input: { retentionDays: 400 } });
  });
  afterAll(async () => {
    await runner.close();
  });

  test('answers on a worker thread exactly as on the calling thread, bad data included', async ({
    ctx,
  }) => {
    const input = await usageInput({ ctx, input: { userId: 'u1' } });
    expect(await runner.run(async () => input)).toEqual(analyzeInput(input));
    const bad = { ...input, currentPlan: 'no-such-plan' } as UsageInput;
    await expect(runner.run(async () => bad)).rejects.toBeInstanceOf(AnalyticsInputError);
  });

  test('refuses analyses beyond the waiting room with 503, and keeps the rest', async ({ ctx }) => {
    const small = createAnalysisRunner({ threads: 1, maxWaiting: 2 });
    const input = await usageInput({ ctx, input: { userId: 'u1' } });
    const runs = Array.from({ length: 6 }, () => small.run(async () => input));
    const settled = await Promise.allSettled(runs);
    await small.close();
    const refused = settled.filter((s) => s.status === 'rejected');
    // Two run (one loads, one computes), two wait, two are refused.
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(4);
    expect(refused.map((r) => (r as PromiseRejectedResult).reason.code)).toEqual([
      'unavailable',
      'unavailable',
    ]);
  });

  describe('under a flood of uncached analyses', () => {
    let app: FastifyInstance;
    let base: string;
    test.beforeAll(async ({ ctx }) => {
      const limits = { perMinute: 100_000, burst: 100_000 };
      app = testApp(
        { ...ctx, analyses: runner },
        { rateLimits: { perUser: limits, perKey: limits } },
      );
      base = await app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(() => app.close());

    // Not a timing assertion (benchmarks measure speed): the reads must be answered while the
    // flood is still queued, i.e. they did not wait behind the analyses.
    test('keeps /healthz and a cached history read answering while analyses queue', async ({
      ctx,
    }) => {
      const headers = await bearer(ctx, 'u1');
      const get = async (path: string) => {
        const res = await fetch(base + path, { headers });
        await res.arrayBuffer();
        return { status: res.status, queuedAfter: runner.waiting };
      };
      expect((await get('/api/usage/history?period=12m')).status).toBe(200); // now cached
      // Thirty zones, so thirty analyses that nothing has computed yet.
      const zones = Intl.supportedValuesOf('timeZone').filter((z) => z.startsWith('America/'));
      const flood = zones
        .slice(0, 30)
        .map((tz) => get(`/api/usage/analytics?type=predictions&tz=${encodeURIComponent(tz)}`));
      const reads: { status: number; queuedAfter: number }[] = [];
      for (let i = 0; i < 10; i++) {
        await new Promise((r) => setTimeout(r, 250));
        reads.push(await get('/api/usage/history?period=12m'), await get('/healthz'));
      }
      expect(reads.every((r) => r.status === 200)).toBe(true);
      // Every read came back while analyses were still waiting for the worker.
      expect(reads.map((r) => r.queuedAfter > 0)).toEqual(reads.map(() => true));
      // Thirty analyses on one thread take about 20 s alone, far longer on a busy CI machine.
      const done = await Promise.all(flood);
      expect(done.every((r) => r.status === 200)).toBe(true);
    }, 400_000);
  });
});
