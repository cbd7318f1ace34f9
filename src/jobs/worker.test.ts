import { describe, expect } from 'vitest';
import { z } from 'zod';
import { dbTest } from '../store/testing.js';
import { claimJob } from '../store/queries/jobs/claim-job.js';
import { completeJob } from '../store/queries/jobs/complete-job.js';
import { enqueueJob } from '../store/queries/jobs/enqueue-job.js';
import { defineJob } from './definition.js';
import { startWorker } from './worker.js';

// effects counts the runs a counting job recorded in its own table, made once for the file.
const test = dbTest.extend('effects', { scope: 'file' }, async ({ t }) => {
  await t.db.query('CREATE TABLE job_effects (job text, at timestamptz DEFAULT now())');
  return async (job: string) =>
    (
      await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM job_effects WHERE job = $1', [
        job,
      ])
    )[0]!.n;
});

describe('job worker', () => {
  const counting = (name: string, sleepMs = 0) =>
    defineJob({
      name,
      payload: z.object({}),
      timeoutMs: 5000,
      async handler(_p, ctx) {
        await ctx.db.query('INSERT INTO job_effects (job) VALUES ($1)', [name]);
        if (sleepMs) await new Promise((r) => setTimeout(r, sleepMs));
      },
    });

  test('runs a periodic job once per period however many processes schedule it', async ({
    t,
    effects,
  }) => {
    const periodic = [
      {
        name: 'daily',
        everyMs: 1000,
        run: (db: typeof t.db) => enqueueJob(db, { name: 'daily', key: '2026-11-28', payload: {} }),
      },
    ];
    const workers = [1, 2, 3].map(() =>
      startWorker({
        db: t.db,
        now: () => Date.now(),
        jobs: [counting('daily')],
        periodic,
        pollMs: 0,
      }),
    );
    await Promise.all(workers.map((w) => w.drain()));
    await Promise.all(workers.map((w) => w.drain()));
    expect(await effects('daily')).toBe(1);
  });

  test('retries a failing job with backoff and gives up after max attempts', async ({ t }) => {
    const failing = defineJob({
      name: 'flaky',
      payload: z.object({}),
      timeoutMs: 1000,
      maxAttempts: 2,
      async handler() {
        throw new Error('smtp down');
      },
    });
    await enqueueJob(t.db, { name: 'flaky', key: 'k', payload: {}, maxAttempts: 2 });
    const w = startWorker({ db: t.db, now: () => Date.now(), jobs: [failing], pollMs: 0 });
    await w.drain();
    await t.db.query(`UPDATE jobs SET run_at = now() WHERE name = 'flaky'`);
    await w.drain();
    const [job] = await t.db.query<{ status: string; attempts: number; last_error: string }>(
      `SELECT status, attempts, last_error FROM jobs WHERE name = 'flaky'`,
    );
    expect(job).toEqual({ status: 'failed', attempts: 2, last_error: 'smtp down' });
  });

  test('runs a job once more when it is enqueued again while it runs', async ({ t }) => {
    let runs = 0;
    const reading = defineJob({
      name: 'reads-usage',
      payload: z.object({}),
      timeoutMs: 5000,
      transactional: false,
      async handler() {
        runs++;
        // New usage arrives while the first run reads: it asks for another run.
        if (runs === 1) await reading.enqueue(t.db, {}, { key: 'u1', again: true });
      },
    });
    await reading.enqueue(t.db, {}, { key: 'u1' });
    const w = startWorker({ db: t.db, now: () => Date.now(), jobs: [reading], pollMs: 0 });
    await w.drain();
    expect(runs).toBe(2);
    await reading.enqueue(t.db, {}, { key: 'u1' });
    await w.drain();
    expect(runs).toBe(2);
  });

  test('runs higher-priority due jobs first', async ({ t }) => {
    const order: string[] = [];
    const job = (name: string) =>
      defineJob({
        name,
        payload: z.object({}),
        timeoutMs: 5000,
        handler: async () => void order.push(name),
      });
    const [low, high] = [job('low'), job('high')];
    await low.enqueue(t.db, {}, { key: 'k' });
    await high.enqueue(t.db, {}, { key: 'k', priority: 20 });
    await startWorker({ db: t.db, now: () => Date.now(), jobs: [low, high], pollMs: 0 }).drain();
    expect(order).toEqual(['high', 'low']);
  });

  test('cannot mark a job done once its lease was taken over', async ({ t }) => {
    await enqueueJob(t.db, { name: 'leased', key: 'k', payload: {} });
    const claimed = await claimJob(t.db, { leased: 60_000 });
    expect(claimed).not.toBeNull();
    await t.db.query(`UPDATE jobs SET lease_token = gen_random_uuid() WHERE name = 'leased'`);
    expect(await completeJob(t.db, claimed!.id, claimed!.leaseToken)).toBe(false);
  });

  test.skipIf(!process.env.DATABASE_URL)(
    'commits a job that outlived its lease only once (server)',
    async ({ t, effects }) => {
      await enqueueJob(t.db, { name: 'slow', key: 'k', payload: {} });
      // A lease shorter than the handler: a second worker takes the job over while the first runs.
      const slow = { ...counting('slow', 1500), timeoutMs: 10_000 };
      const a = startWorker({ db: t.db, now: () => Date.now(), jobs: [slow], pollMs: 0 });
      const first = a.drain();
      await new Promise((r) => setTimeout(r, 300));
      await t.db.query(
        `UPDATE jobs SET lease_until = now() - interval '1 second' WHERE name = 'slow'`,
      );
      const b = startWorker({ db: t.db, now: () => Date.now(), jobs: [slow], pollMs: 0 });
      await Promise.all([first, b.drain()]);
      expect(await effects('slow')).toBe(1);
    },
  );
});
