import { describe, expect } from 'vitest';
import { historyQuerySchema } from '../domain/history-query.js';
import { jobDefinitions, periodicTasks } from '../jobs/schedule.js';
import { startWorker } from '../jobs/worker.js';
import { getHistory } from './get-history.js';
import { ingestEvents } from './ingest-events.js';
import { serviceTest } from './testing.js';
import { setUser } from './set-user.js';

const q = (params: Record<string, string | undefined>) => historyQuerySchema.parse(params);

// Event ids stay unique across the file, whose tests share one database; send ingests one event,
// worker runs the server's jobs over the file's database.
let n = 0;
const test = serviceTest('2026-11-10T12:00:00Z')
  .extend(
    'send',
    async ({ ctx }) =>
      (userId: string, type: string, at: string, extra: Record<string, unknown> = {}) =>
        ingestEvents({
          ctx,
          input: { body: { events: [{ id: `h${n++}`, userId, type, occurredAt: at, ...extra }] } },
        }),
  )
  .extend('worker', { scope: 'file' }, async ({ t, ctx }) =>
    startWorker({
      db: t.db,
      now: ctx.now,
      jobs: jobDefinitions(400),
      periodic: periodicTasks(),
      pollMs: 0,
    }),
  );

describe('getHistory', () => {
  test('gives the same answer before and after the rollup, with the gauge latest and not summed', async ({
    ctx,
    send,
    worker,
  }) => {
    await setUser({ ctx, input: { userId: 'g', patch: { timeZone: 'Europe/Berlin' } } });
    await send('g', 'storage.measured', '2026-11-02T08:00:00Z', { value: 100 });
    await send('g', 'storage.measured', '2026-11-02T20:00:00Z', { value: 80 });
    await send('g', 'session.created', '2026-11-02T22:30:00Z'); // 23:30 in Berlin: still Nov 2
    await send('g', 'audio.processed', '2026-11-03T09:00:00Z', { value: 2.5, clientId: 'a' });
    await send('g', 'audio.processed', '2026-11-03T10:00:00Z', { value: 1.25, clientId: 'b' });
    await send('g', 'audio.processed', '2026-11-04T10:00:00Z', { value: 1, clientId: 'a' });
    const query = q({
      period: 'custom',
      from: '2026-11-01',
      to: '2026-11-07',
      metrics: 'sessions,audio_minutes,storage_mb,unique_clients',
    });
    const before = await getHistory({ ctx, input: { userId: 'g', query } });
    expect(await worker.drain()).toBeGreaterThan(0);
    const after = await getHistory({ ctx, input: { userId: 'g', query } });
    expect(after).toEqual(before);
    expect(after.buckets).toHaveLength(7);
    expect(after.buckets[1]).toMatchObject({
      start: '2026-11-02T00:00:00+01:00',
      sessions: 1,
      storage_mb: 80,
      storage_mb_peak: 100,
    });
    expect(after.buckets[2]).toMatchObject({
      audio_minutes: 3.75,
      unique_clients: 2,
      storage_mb: 80,
    });
    expect(after.totals).toMatchObject({
      sessions: 1,
      audio_minutes: 4.75,
      storage_mb: 80,
      unique_clients: 2,
      storage_mb_peak: 100,
    });
    expect(after.buckets[0]!.storage_mb).toBeNull();
  });

  test('groups a 23-hour DST day into 23 hourly buckets whose sum is the day', async ({
    ctx,
    send,
    worker,
  }) => {
    ctx.setNow('2026-04-01T12:00:00Z');
    await setUser({ ctx, input: { userId: 'dst', patch: { timeZone: 'Europe/Berlin' } } });
    for (let h = 0; h < 24; h++) {
      await send(
        'dst',
        'api.call',
        new Date(Date.parse('2026-03-28T23:00:00Z') + h * 3_600_000).toISOString(),
        { value: h + 1 },
      );
    }
    await worker.drain();
    const hours = await getHistory({
      ctx,
      input: {
        userId: 'dst',
        query: q({
          period: 'custom',
          from: '2026-03-29',
          to: '2026-03-29',
          groupBy: 'hour',
          metrics: 'api_calls',
        }),
      },
    });
    const days = await getHistory({
      ctx,
      input: {
        userId: 'dst',
        query: q({ period: 'custom', from: '2026-03-29', to: '2026-03-29', metrics: 'api_calls' }),
      },
    });
    expect(hours.buckets).toHaveLength(23);
    const sum = hours.buckets.reduce((s, b) => s + (b.api_calls ?? 0), 0);
    expect(days.totals.api_calls).toBe(sum);
    // 23 UTC hours from 2026-03-28T23:00Z fall on the Berlin day: 1 + ... + 23.
    expect(sum).toBe((23 * 24) / 2);
  });

  test('answers exactly in Asia/Kolkata for a UTC user, where local hours straddle stored ones', async ({
    ctx,
    send,
    worker,
  }) => {
    ctx.setNow('2026-06-10T12:00:00Z');
    await send('k', 'session.created', '2026-06-01T18:29:00Z'); // 23:59 IST on June 1
    await send('k', 'session.created', '2026-06-01T18:31:00Z'); // 00:01 IST on June 2
    await worker.drain();
    const r = await getHistory({
      ctx,
      input: {
        userId: 'k',
        query: q({
          period: 'custom',
          from: '2026-06-01',
          to: '2026-06-02',
          tz: 'Asia/Kolkata',
          metrics: 'sessions',
        }),
      },
    });
    expect(r.buckets.map((b) => b.sessions)).toEqual([1, 1]);
    expect(r.buckets[1]!.start).toBe('2026-06-02T00:00:00+05:30');
  });

  test('refuses hourly over 31 days, from after to and more than 3 years', async ({ ctx }) => {
    for (const p of [
      { period: '3m', groupBy: 'hour' },
      { period: 'custom', from: '2026-02-02', to: '2026-02-01' },
      { period: 'custom', from: '2020-01-01', to: '2026-01-01' },
    ]) {
      await expect(getHistory({ ctx, input: { userId: 'g', query: q(p) } })).rejects.toMatchObject({
        code: 'invalid_input',
      });
    }
  });

  test('says how much of the previous period the history covers, so a change is not read from a stub', async ({
    ctx,
    send,
    worker,
  }) => {
    ctx.setNow('2026-11-10T12:00:00Z');
    await setUser({ ctx, input: { userId: 'cov', patch: { timeZone: 'UTC' } } });
    await send('cov', 'session.created', '2026-11-03T10:00:00Z');
    await send('cov', 'session.created', '2026-11-08T10:00:00Z');
    await worker.drain();
    const r = (from: string, to: string) =>
      getHistory({ ctx, input: { userId: 'cov', query: q({ period: 'custom', from, to }) } });
    // Previous period 1-5 Nov; history starts 3 Nov: 3 of 5 days.
    expect((await r('2026-11-06', '2026-11-10')).previousCoverage).toBe(0.6);
    expect((await r('2026-11-09', '2026-11-10')).previousCoverage).toBe(1);
    expect((await r('2026-11-01', '2026-11-02')).previousCoverage).toBe(0);
  });
});
