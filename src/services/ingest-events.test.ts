import { describe, expect } from 'vitest';
import { AppError } from './errors.js';
import { ingestEvents } from './ingest-events.js';
import { serviceTest } from './testing.js';

const batch = (user: string, n: number, prefix = 'e') =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    userId: user,
    type: 'session.created',
    occurredAt: new Date(Date.parse('2026-11-20T10:00:00Z') + i * 60_000).toISOString(),
  }));

// One database and context for the file; count reads how many events a user has stored.
const test = serviceTest('2026-11-28T12:00:00Z').extend(
  'count',
  async ({ t }) =>
    async (user: string) =>
      (
        await t.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM usage_events WHERE user_id = $1',
          [user],
        )
      )[0]!.n,
);

describe('ingestEvents', () => {
  test('stores a batch sent 10 times at once, plus once later, exactly once', async ({
    ctx,
    count,
  }) => {
    const events = batch('dup-user', 100);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => ingestEvents({ ctx, input: { body: { events } } })),
    );
    expect(results.reduce((s, r) => s + r.accepted, 0)).toBe(100);
    expect(results.reduce((s, r) => s + r.duplicates, 0)).toBe(900);
    const later = await ingestEvents({ ctx, input: { body: { events } } });
    expect(later).toEqual({ accepted: 0, duplicates: 100, conflicts: [] });
    expect(await count('dup-user')).toBe(100);
  });

  test('answers identical events sent in parallel as accepted once and duplicate otherwise, never conflict', async ({
    ctx,
    count,
  }) => {
    // The user exists already, so nothing serialises the batches before their events meet.
    await ingestEvents({ ctx, input: { body: { events: batch('race-user', 1, 'warm') } } });
    for (let round = 0; round < 20; round++) {
      const events = batch('race-user', 3, `r${round}-`);
      const results = await Promise.all(
        [1, 2, 3].map(() => ingestEvents({ ctx, input: { body: { events } } })),
      );
      expect(results.flatMap((r) => r.conflicts)).toEqual([]);
      expect(results.reduce((s, r) => s + r.accepted, 0)).toBe(3);
      expect(results.reduce((s, r) => s + r.duplicates, 0)).toBe(6);
    }
    expect(await count('race-user')).toBe(61);
    // The same id with other content, in parallel: one is stored, the other is a conflict.
    for (let round = 0; round < 10; round++) {
      const [a, b] = await Promise.all(
        [1, 2].map((v) =>
          ingestEvents({
            ctx,
            input: {
              body: { events: [{ ...batch('race-user', 1, `c${round}-`)[0]!, value: v }] },
            },
          }),
        ),
      );
      expect([a!.accepted + b!.accepted, a!.conflicts.length + b!.conflicts.length]).toEqual([
        1, 1,
      ]);
    }
  });

  test('stores ids, users and clients with quotes, backslashes, commas, braces and NULL as sent', async ({
    ctx,
    t,
  }) => {
    const odd = ['a"b', 'a\\b', '\\"', 'a,b', '{x}', 'NULL', 'null', ' sp ', 'é€😀', "it's"];
    const events = odd.map((s, i) => ({
      id: `${s}#${i}`,
      userId: `odd-user ${s}`,
      type: 'audio.processed',
      // A tenth of a millisecond too: stored to the millisecond, as before.
      occurredAt: `2026-11-20T10:00:00.${String(i).padStart(3, '0')}9+01:00`,
      value: 0.5 + i,
      ...(i % 2 ? { clientId: s } : {}),
    }));
    expect(await ingestEvents({ ctx, input: { body: { events } } })).toMatchObject({
      accepted: odd.length,
    });
    const rows = await t.db.query<{
      u: string;
      id: string;
      c: string | null;
      t: string;
      v: string;
    }>(
      `SELECT user_id AS u, event_id AS id, client_id AS c, value::text AS v,
         to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS t
       FROM usage_events WHERE user_id LIKE 'odd-user %' ORDER BY occurred_at`,
    );
    expect(rows).toEqual(
      odd.map((s, i) => ({
        u: `odd-user ${s}`,
        id: `${s}#${i}`,
        c: i % 2 ? s : null,
        v: (0.5 + i).toFixed(6),
        t: `2026-11-20T09:00:00.${String(i).padStart(3, '0')}000`,
      })),
    );
    // Sent again: every one a duplicate (the comparison reads the same literals).
    expect(await ingestEvents({ ctx, input: { body: { events } } })).toMatchObject({
      accepted: 0,
      duplicates: odd.length,
    });
  });

  test('treats values that differ past the stored sixth decimal alike, in one batch and across batches', async ({
    ctx,
    t,
  }) => {
    const at = { userId: 'fine-user', type: 'audio.processed', occurredAt: '2026-11-20T10:00:00Z' };
    const first = await ingestEvents({
      ctx,
      input: {
        body: {
          events: [
            { ...at, id: 'x', value: 1.0000001 },
            { ...at, id: 'x', value: 1.0000004 },
          ],
        },
      },
    });
    expect(first).toEqual({ accepted: 1, duplicates: 1, conflicts: [] });
    const again = await ingestEvents({
      ctx,
      input: { body: { events: [{ ...at, id: 'x', value: 1.0000002 }] } },
    });
    expect(again).toEqual({ accepted: 0, duplicates: 1, conflicts: [] });
    const other = await ingestEvents({
      ctx,
      input: { body: { events: [{ ...at, id: 'x', value: 1.000002 }] } },
    });
    expect(other.conflicts).toHaveLength(1);
    const rows = await t.db.query<{ v: string }>(
      `SELECT value::text AS v FROM usage_events WHERE user_id = 'fine-user'`,
    );
    expect(rows).toEqual([{ v: '1.000000' }]);
  });

  test('counts the same event id from two users for both', async ({ ctx, count }) => {
    await ingestEvents({
      ctx,
      input: { body: { events: [...batch('ua', 1, 'same'), ...batch('ub', 1, 'same')] } },
    });
    expect(await count('ua')).toBe(1);
    expect(await count('ub')).toBe(1);
  });

  test('reports the same id with other content as a conflict and keeps the original', async ({
    ctx,
    t,
  }) => {
    const [orig] = batch('cu', 1);
    await ingestEvents({ ctx, input: { body: { events: [orig] } } });
    const changed = { ...orig!, occurredAt: '2026-11-21T10:00:00Z' };
    const r = await ingestEvents({
      ctx,
      input: { body: { events: [changed, ...batch('cu', 2, 'new')] } },
    });
    expect(r.accepted).toBe(2);
    expect(r.conflicts).toEqual([
      { index: 0, id: 'e0', reason: expect.stringContaining('other content') },
    ]);
    const row = await t.db.query<{ occurred_at: Date }>(
      `SELECT occurred_at FROM usage_events WHERE user_id = 'cu' AND event_id = 'e0'`,
    );
    expect(row[0]!.occurred_at.toISOString()).toBe(orig!.occurredAt);
  });

  test('writes nothing of a batch with one invalid event and lists the problem', async ({
    ctx,
    count,
  }) => {
    const events = [...batch('bad-user', 3), { ...batch('bad-user', 1, 'x')[0], value: -1 }];
    const err = await ingestEvents({ ctx, input: { body: { events } } }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).issues).toEqual([
      { index: 3, field: 'value', reason: expect.any(String) },
    ]);
    expect(await count('bad-user')).toBe(0);
  });

  test('creates an unknown user on its first event, on the free plan in UTC', async ({
    ctx,
    t,
  }) => {
    await ingestEvents({ ctx, input: { body: { events: batch('newbie', 1) } } });
    const u = await t.db.query('SELECT plan_name, time_zone FROM users WHERE user_id = $1', [
      'newbie',
    ]);
    expect(u).toEqual([{ plan_name: 'free', time_zone: 'UTC' }]);
    const plans = await t.db.query('SELECT plan_name FROM user_plan_history WHERE user_id = $1', [
      'newbie',
    ]);
    expect(plans).toEqual([{ plan_name: 'free' }]);
  });

  test('marks the UTC hours of the events it inserted stale, and none for duplicates', async ({
    ctx,
    t,
  }) => {
    const marks = async () =>
      (
        await t.db.query<{ h: string; n: number }>(
          `SELECT to_char(utc_hour AT TIME ZONE 'UTC', 'HH24') AS h, count(*)::int AS n
           FROM rollup_dirty WHERE user_id = 'marker-user' GROUP BY 1 ORDER BY 1`,
        )
      ).map((r) => `${r.h}:${r.n}`);
    // 100 events a minute apart from 10:00: hours 10 and 11 (one marker each per batch).
    const events = batch('marker-user', 100);
    await ingestEvents({ ctx, input: { body: { events } } });
    expect(await marks()).toEqual(['10:1', '11:1']);
    await ingestEvents({ ctx, input: { body: { events } } });
    expect(await marks()).toEqual(['10:1', '11:1']);
    // A batch of one new event (hour 12) and old ones marks only the new event's hour.
    const late = [
      ...events.slice(0, 3),
      { ...events[0]!, id: 'n1', occurredAt: '2026-11-20T12:30:00Z' },
    ];
    await ingestEvents({ ctx, input: { body: { events: late } } });
    expect(await marks()).toEqual(['10:1', '11:1', '12:1']);
  });

  test('refuses an empty batch and more than 1,000 events', async ({ ctx }) => {
    for (const events of [[], batch('big', 1001)]) {
      const err = await ingestEvents({ ctx, input: { body: { events } } }).catch((e) => e);
      expect((err as AppError).code).toBe('invalid_input');
    }
  });

  test('lets only an internal backfill commit up to 10,000 events at once', async ({
    ctx,
    count,
  }) => {
    const events = batch('backfill', 2500);
    const r = await ingestEvents({ ctx, input: { body: { events }, backfill: true } });
    expect(r.accepted).toBe(2500);
    expect(await count('backfill')).toBe(2500);
    const err = await ingestEvents({
      ctx,
      input: { body: { events: batch('backfill-big', 10_001) }, backfill: true },
    }).catch((e) => e);
    expect((err as AppError).code).toBe('invalid_input');
    expect(await count('backfill-big')).toBe(0);
  });
});
