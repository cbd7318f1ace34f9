// A job that hangs (a webhook peer answering a byte at a time) must neither hold the other lanes
// nor its own for ever: the lanes poll on their own and every handler has a deadline.
import { describe, expect } from 'vitest';
import { z } from 'zod';
import { dbTest as test } from '../store/testing.js';
import { enqueueJob } from '../store/queries/jobs/enqueue-job.js';
import { defineJob } from './definition.js';
import { startWorker } from './worker.js';

const until = async (what: () => Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await what()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
};

describe('worker lanes', () => {
  test('a hanging job times out and retries later while the other lanes go on', async ({ t }) => {
    let ran = 0;
    const hang = defineJob({
      name: 'hang',
      payload: z.object({}),
      timeoutMs: 400,
      transactional: false,
      handler: () => new Promise<void>(() => undefined),
    });
    const quick = defineJob({
      name: 'quick',
      payload: z.object({}),
      timeoutMs: 5000,
      async handler() {
        ran++;
      },
    });
    await enqueueJob(t.db, { name: 'hang', key: 'h', payload: {} });
    const worker = startWorker({
      db: t.db,
      now: () => Date.now(),
      jobs: [hang, quick],
      pollMs: 20,
      concurrency: 2,
    });
    try {
      // Both lanes have looked at the queue once the hanging job is claimed; a job queued now is
      // only run by a lane that polls while the other still hangs.
      const status = async () =>
        (
          await t.db.query<{ status: string; last_error: string | null }>(
            `SELECT status, last_error FROM jobs WHERE name = 'hang'`,
          )
        )[0]!;
      expect(await until(async () => (await status()).status === 'running')).toBe(true);
      await enqueueJob(t.db, { name: 'quick', key: 'q', payload: {} });
      expect(await until(async () => ran === 1, 300)).toBe(true);
      expect((await status()).status).toBe('running');
      // The deadline fails it with its reason, to be tried again after the backoff.
      expect(await until(async () => (await status()).status !== 'running')).toBe(true);
      expect(await status()).toEqual({ status: 'queued', last_error: 'timed out after 0.4 s' });
    } finally {
      await worker.stop();
    }
  });
});
