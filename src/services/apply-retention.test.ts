// Raw events by month (ADR 15): the coming months get partitions, events of any instant land (far
// ones in the DEFAULT partition) and count once, retention drops whole months, and ids outlive
// nothing they must not.
import { describe, expect } from 'vitest';
import { ingestBatch } from '../store/queries/ingest-batch.js';
import { listEventPartitions } from '../store/queries/event-partitions/list-event-partitions.js';
import { applyRetention, monthsAhead } from './apply-retention.js';
import { getHistory } from './get-history.js';
import { ingestEvents } from './ingest-events.js';
import { rollupUser } from './rollup-user.js';
import { serviceTest } from './testing.js';

const NOW = '2026-11-28T12:00:00Z';
const test = serviceTest(NOW);

const event = (user: string, id: string, at: string, value = 1) => ({
  id,
  userId: user,
  type: 'api.call' as const,
  occurredAt: at,
  value,
});

describe('applyRetention', () => {
  test('keeps this month and three ahead partitioned, and is idempotent', async ({ ctx, t }) => {
    ctx.setNow(NOW);
    await applyRetention({ ctx, input: { retentionDays: 400 } });
    const names = (await listEventPartitions(t.db)).map((p) => p.name);
    for (const m of ['202611', '202612', '202701', '202702'])
      expect(names).toContain(`usage_events_p${m}`);
    const again = await applyRetention({ ctx, input: { retentionDays: 400 } });
    expect(again.created).toEqual([]);
    expect(monthsAhead(Date.parse('2026-12-31T23:59:59Z'), 1).map((m) => m.start)).toEqual([
      Date.parse('2026-12-01T00:00:00Z'),
      Date.parse('2027-01-01T00:00:00Z'),
    ]);
  });

  test('events far in the past and the future land, count once, and move into their month later', async ({
    ctx,
    t,
  }) => {
    // Which partition holds a user's events, by asking each (tableoid is not for Citus).
    const where = async (user: string, month: string) => {
      const n = async (table: string) =>
        (
          await t.db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1`,
            [user],
          )
        )[0]!.n;
      return { default: await n('usage_events_default'), month: await n(`usage_events_p${month}`) };
    };
    // A clock years away: ingestion's 35-day window is relative to it.
    for (const [user, now, at] of [
      ['far-past', '2019-03-10T12:00:00Z', '2019-03-10T08:30:00Z'],
      ['far-future', '2040-07-04T12:00:00Z', '2040-07-04T09:15:00Z'],
    ] as const) {
      ctx.setNow(now);
      const e = [event(user, 'a', at, 3)];
      expect(await ingestEvents({ ctx, input: { body: { events: e } } })).toMatchObject({
        accepted: 1,
      });
      expect(await ingestEvents({ ctx, input: { body: { events: e } } })).toMatchObject({
        accepted: 0,
        duplicates: 1,
      });
      const month = `${at.slice(0, 4)}${at.slice(5, 7)}`;
      expect(await where(user, month).catch(() => 'no partition')).toEqual('no partition');
      const inDefault = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM usage_events_default WHERE user_id = $1`,
        [user],
      );
      expect(inDefault[0]!.n).toBe(1);
      await rollupUser({ ctx, input: { userId: user } });
      const day = at.slice(0, 10);
      const query = {
        period: 'custom',
        from: day,
        to: day,
        groupBy: 'day',
        metrics: ['api_calls'],
      };
      const h = await getHistory({ ctx, input: { userId: user, query: query as never } });
      expect(h.totals.api_calls).toBe(3);
      // Its month's partition is made when the clock reaches it: the event moves, once.
      await applyRetention({ ctx, input: { retentionDays: 400 } });
      expect(await where(user, month)).toEqual({ default: 0, month: 1 });
      expect(await ingestEvents({ ctx, input: { body: { events: e } } })).toMatchObject({
        duplicates: 1,
      });
      const again = await getHistory({ ctx, input: { userId: user, query: query as never } });
      expect(again.totals.api_calls).toBe(3);
    }
  });

  test('drops whole months past retention and keeps the rest', async ({ ctx, t }) => {
    const user = 'aging';
    // One event a month for 15 months up to the clock.
    for (let k = 14; k >= 0; k--) {
      const at = new Date(Date.UTC(2026, 10 - k, 15, 10)).toISOString();
      ctx.setNow(Date.parse(at) + 3_600_000);
      await applyRetention({ ctx, input: { retentionDays: 3650 } });
      await ingestEvents({ ctx, input: { body: { events: [event(user, `m${k}`, at)] } } });
    }
    ctx.setNow(NOW);
    const count = async () =>
      (
        await t.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM usage_events WHERE user_id = $1',
          [user],
        )
      )[0]!.n;
    expect(await count()).toBe(15);
    const r = await applyRetention({ ctx, input: { retentionDays: 400 } });
    // 400 days before 2026-11-28 is 2025-10-24: September 2025 and older have ended by then.
    expect(r.dropped).toContain('usage_events_p202509');
    expect(r.dropped).not.toContain('usage_events_p202510');
    expect(await count()).toBe(14);
    const months = (await listEventPartitions(t.db)).map((p) => p.name);
    expect(months[0]).toBe('usage_events_p202510');
  });

  test('an event sent again after its id left the id window is still a duplicate', async ({
    ctx,
    t,
  }) => {
    ctx.setNow(NOW);
    const at = Date.parse('2026-11-27T10:00:00Z');
    const e = { ...event('late-retry', 'x1', ''), occurredAt: at, clientId: null };
    expect(await ingestBatch(t.db, [e])).toEqual(['inserted']);
    ctx.setNow('2027-01-10T12:00:00Z');
    const r = await applyRetention({ ctx, input: { retentionDays: 400 } });
    expect(r.deleted.ids).toBeGreaterThan(0);
    // The platform's retry bypasses nothing here: the store itself must see the repeat.
    expect(await ingestBatch(t.db, [e])).toEqual(['duplicate']);
    expect(await ingestBatch(t.db, [{ ...e, value: 2 }])).toEqual(['conflict']);
    const n = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM usage_events WHERE user_id = 'late-retry'`,
    );
    expect(n[0]!.n).toBe(1);
  });
});
