import { describe, expect } from 'vitest';
import { historyQuerySchema } from '../domain/history-query.js';
import { dirtyHours } from '../store/queries/dirty/dirty-hours.js';
import { createCaches } from './caches.js';
import { getHistory } from './get-history.js';
import { ingestEvents } from './ingest-events.js';
import { openTail } from './open-tail.js';
import { rollupUser } from './rollup-user.js';
import { setUser } from './set-user.js';
import { serviceTest } from './testing.js';

const DAY_START = Date.parse('2026-11-05T00:00:00Z');
const HOUR = 3_600_000;

// Event ids stay unique across the file, whose tests share one database; send ingests one event.
let n = 0;
const test = serviceTest('2026-11-05T12:00:00Z').extend(
  'send',
  async ({ ctx }) =>
    (userId: string, at: string, client: string, value = 1) =>
      ingestEvents({
        ctx,
        input: {
          body: {
            events: [
              { id: `t${n++}`, userId, type: 'api.call', occurredAt: at, value, clientId: client },
            ],
          },
        },
      }),
);

describe('openTail', () => {
  test('reads only the stale hour of a rolled-up day from raw events, the rest from hourly rows', async ({
    t,
    ctx,
    send,
  }) => {
    await setUser({ ctx, input: { userId: 'busy', patch: { timeZone: 'UTC' } } });
    await send('busy', '2026-11-05T01:10:00Z', 'a', 2);
    await send('busy', '2026-11-05T03:20:00Z', 'b', 3);
    await rollupUser({ ctx, input: { userId: 'busy' } });
    await send('busy', '2026-11-05T05:30:00Z', 'a', 4);
    const marks = await dirtyHours(t.db, 'busy');
    expect(marks.map((m) => new Date(m.utcHour).toISOString())).toEqual([
      '2026-11-05T05:00:00.000Z',
    ]);
    const tail = await openTail(
      t.db,
      'busy',
      'UTC',
      marks,
      DAY_START - 10 * 86_400_000,
      DAY_START + 86_400_000,
    );
    expect(tail.days).toEqual([{ start: DAY_START, end: DAY_START + 86_400_000 }]);
    expect(tail.raw.map((r) => [r.start, r.end, r.values.api_calls, r.clients])).toEqual([
      [DAY_START + 5 * HOUR, DAY_START + 6 * HOUR, 4, ['a']],
    ]);
    expect(tail.periods.map((p) => [p.start - DAY_START, p.values.api_calls])).toEqual([
      [1 * HOUR, 2],
      [3 * HOUR, 3],
      [5 * HOUR, 4],
    ]);
    expect(tail.keptClientDays).toEqual(new Set([DAY_START]));
    // The day's total and distinct clients equal those computed from raw events.
    const query = historyQuerySchema.parse({ period: '7d', groupBy: 'day' });
    const parts = { ...ctx, caches: createCaches({ maxBytes: 1e6, historyEntries: 0 }) };
    const made = await getHistory({ ctx: parts, input: { userId: 'busy', query } });
    const fresh = await getHistory({
      ctx: { ...ctx, caches: undefined },
      input: { userId: 'busy', query },
    });
    expect(made).toEqual(fresh);
    expect(made.buckets.at(-1)).toMatchObject({ api_calls: 9, unique_clients: 2 });
  });

  test('reads a day never rolled up whole from raw events', async ({ t, ctx, send }) => {
    await setUser({ ctx, input: { userId: 'new', patch: { timeZone: 'UTC' } } });
    await send('new', '2026-11-05T01:10:00Z', 'a');
    await send('new', '2026-11-05T05:30:00Z', 'b');
    const marks = await dirtyHours(t.db, 'new');
    const tail = await openTail(t.db, 'new', 'UTC', marks, DAY_START, DAY_START + 86_400_000);
    expect(tail.raw.map((r) => [r.start, r.end, r.values.api_calls])).toEqual([
      [DAY_START, DAY_START + 86_400_000, 2],
    ]);
    expect(tail.keptClientDays.size).toBe(0);
  });
});
