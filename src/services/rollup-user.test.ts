import { describe, expect } from 'vitest';
import { historyQuerySchema } from '../domain/history-query.js';
import { getHistory } from './get-history.js';
import { ingestEvents } from './ingest-events.js';
import { rollupUser } from './rollup-user.js';
import { setUser } from './set-user.js';
import { serviceTest } from './testing.js';

// Event ids stay unique across the file, whose tests share one database.
let n = 0;
// send ingests one event; rows reads a user's usage_history rows in a stable order.
const test = serviceTest('2026-11-05T12:00:00Z')
  .extend(
    'send',
    async ({ ctx }) =>
      (userId: string, at: string, type = 'api.call', value = 1) =>
        ingestEvents({
          ctx,
          input: { body: { events: [{ id: `r${n++}`, userId, type, occurredAt: at, value }] } },
        }),
  )
  .extend(
    'rows',
    async ({ t }) =>
      (userId: string) =>
        t.db.query(
          // A period's plan is the plan history's at its end (rows carry no plan: migration 015).
          `SELECT period_type, period_start, period_end, api_calls_made, event_count, storage_used_mb, unique_clients,
             (SELECT ph.plan_name FROM user_plan_history ph WHERE ph.user_id = h.user_id
              AND ph.valid_from < h.period_end ORDER BY ph.valid_from DESC LIMIT 1) AS plan_name
           FROM usage_history h WHERE user_id = $1 ORDER BY period_type, period_start`,
          [userId],
        ),
  );

describe('rollupUser', () => {
  test('gives identical rows when run twice in a row and twice at once', async ({
    ctx,
    t,
    send,
    rows,
  }) => {
    for (let h = 0; h < 30; h++)
      await send(
        'twice',
        new Date(Date.parse('2026-11-01T00:00:00Z') + h * 3_000_000).toISOString(),
      );
    await rollupUser({ ctx, input: { userId: 'twice' } });
    const first = await rows('twice');
    await rollupUser({ ctx, input: { userId: 'twice' } });
    expect(await rows('twice')).toEqual(first);
    await t.db.query(
      `INSERT INTO rollup_dirty SELECT 'twice', '2026-11-01T05:00:00Z', nextval('rollup_dirty_version')`,
    );
    await Promise.all([
      rollupUser({ ctx, input: { userId: 'twice' } }),
      rollupUser({ ctx, input: { userId: 'twice' } }),
    ]);
    expect(await rows('twice')).toEqual(first);
  });

  test('updates an hour and its day and month when a late event arrives after they were rolled up', async ({
    ctx,
    send,
    rows,
  }) => {
    await send('late', '2026-11-02T10:15:00Z');
    await rollupUser({ ctx, input: { userId: 'late' } });
    ctx.setNow('2026-11-20T12:00:00Z');
    await send('late', '2026-11-02T10:45:00Z', 'api.call', 4);
    await rollupUser({ ctx, input: { userId: 'late' } });
    const r = (await rows('late')) as { period_type: string; api_calls_made: number }[];
    expect(r.map((x) => [x.period_type, x.api_calls_made])).toEqual([
      ['daily', 5],
      ['hourly', 5],
      ['monthly', 5],
    ]);
  });

  test('stores 25 hourly buckets on the New York fall-back day and records the plan in force', async ({
    ctx,
    send,
    rows,
  }) => {
    ctx.setNow('2026-11-05T12:00:00Z');
    await setUser({
      ctx: { ...ctx, now: () => Date.parse('2026-10-01T00:00:00Z') },
      input: { userId: 'ny', patch: { timeZone: 'America/New_York', plan: 'starter' } },
    });
    for (let h = 0; h < 25; h++)
      await send('ny', new Date(Date.parse('2026-11-01T04:00:00Z') + h * 3_600_000).toISOString());
    await rollupUser({ ctx, input: { userId: 'ny' } });
    const r = (await rows('ny')) as {
      period_type: string;
      api_calls_made: number;
      plan_name: string;
    }[];
    expect(r.filter((x) => x.period_type === 'hourly')).toHaveLength(25);
    expect(r.filter((x) => x.period_type === 'daily').map((x) => x.api_calls_made)).toEqual([25]);
    expect(new Set(r.map((x) => x.plan_name))).toEqual(new Set(['starter']));
    const h = await getHistory({
      ctx,
      input: {
        userId: 'ny',
        query: historyQuerySchema.parse({
          period: 'custom',
          from: '2026-11-01',
          to: '2026-11-01',
          groupBy: 'hour',
          metrics: 'api_calls',
        }),
      },
    });
    expect(h.buckets.map((b) => b.start).slice(1, 3)).toEqual([
      '2026-11-01T01:00:00-04:00',
      '2026-11-01T01:00:00-05:00',
    ]);
    expect(h.buckets.every((b) => b.api_calls === 1)).toBe(true);
  });

  test('rolls Australia/Lord_Howe days up by its local hours, half-hour shift included', async ({
    ctx,
    send,
  }) => {
    ctx.setNow('2026-10-10T00:00:00Z');
    await setUser({ ctx, input: { userId: 'lh', patch: { timeZone: 'Australia/Lord_Howe' } } });
    // Local 02:00-02:30 does not exist on Oct 4; 15:45Z is 02:45 LHDT, in the 30-minute bucket.
    await send('lh', '2026-10-03T15:45:00Z');
    await send('lh', '2026-10-03T13:29:00Z'); // 23:59 LHST on Oct 3
    await rollupUser({ ctx, input: { userId: 'lh' } });
    const h = await getHistory({
      ctx,
      input: {
        userId: 'lh',
        query: historyQuerySchema.parse({
          period: 'custom',
          from: '2026-10-03',
          to: '2026-10-04',
          groupBy: 'hour',
          metrics: 'api_calls',
        }),
      },
    });
    const hit = h.buckets.filter((b) => b.api_calls);
    expect(hit.map((b) => [b.start, b.end])).toEqual([
      ['2026-10-03T23:00:00+10:30', '2026-10-04T00:00:00+10:30'],
      ['2026-10-04T02:30:00+11:00', '2026-10-04T03:00:00+11:00'],
    ]);
    expect(h.buckets).toHaveLength(48);
  });
});
