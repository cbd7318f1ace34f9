// For random streams of events from several clients (late ones included), rollups, zone changes
// and clock moves: every bucket of the history (by hour, day, week and month) equals the raw
// events that fall in it: sums and distinct clients, at every read, also between a zone change
// and its re-roll.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { historyQuerySchema } from '../domain/history-query.js';
import type { GroupBy } from '../domain/periods.js';
import { resolveRange } from '../domain/range.js';
import { dbTest as test } from '../store/testing.js';
import { getHistory } from './get-history.js';
import { testContext, type TestContext } from './testing.js';
import { usageStepArb, usageUser, type UsageStep } from './usage-steps.testing.js';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu'];
const NOW = Date.parse('2026-04-06T12:00:00Z');
const stepArb = usageStepArb(['api.call', 'audio.processed'], ['a', 'b', 'c', null], ZONES);
const READS = [
  ['7d', 'hour'],
  ['30d', 'day'],
  ['3m', 'week'],
  ['3m', 'month'],
] as const;

/** Each bucket's api calls, audio minutes and distinct clients: from the service, and from raw events. */
async function bucketsBothWays(
  ctx: TestContext,
  userId: string,
  now: number,
  read: (typeof READS)[number],
) {
  const [period, groupBy] = read as [string, GroupBy];
  const query = historyQuerySchema.parse({
    period,
    groupBy,
    metrics: 'api_calls,audio_minutes,unique_clients',
  });
  const h = await getHistory({ ctx, input: { userId, query } });
  const range = resolveRange({ period: query.period, groupBy, tz: h.period.tz }, now);
  const events = await ctx.db.query<{ t: number; type: string; v: number; c: string | null }>(
    `SELECT (extract(epoch FROM occurred_at) * 1000)::float8 AS t, event_type AS type, value::float8 AS v,
       client_id AS c
     FROM usage_events WHERE user_id = $1 AND occurred_at >= $2 AND occurred_at < $3`,
    [userId, new Date(range.start).toISOString(), new Date(range.end).toISOString()],
  );
  const raw = new Map<string, { calls: number; audio: number; clients: Set<string> }>();
  for (const e of events) {
    const b = h.buckets.find((x) => Date.parse(x.start) <= e.t && e.t < Date.parse(x.end))!;
    const r = raw.get(b.start) ?? { calls: 0, audio: 0, clients: new Set<string>() };
    if (e.type === 'api.call') r.calls += e.v;
    else r.audio += e.v;
    if (e.c) r.clients.add(e.c);
    raw.set(b.start, r);
  }
  const made = h.buckets
    .filter((b) => (b.api_calls ?? 0) + (b.audio_minutes ?? 0) + (b.unique_clients ?? 0) > 0)
    .map((b) => [b.start, b.api_calls, b.audio_minutes, b.unique_clients]);
  const fromRaw = [...raw]
    .sort(([a], [b]) => Date.parse(a) - Date.parse(b))
    .map(([start, r]) => [start, r.calls, Math.round(r.audio * 1e4) / 1e4, r.clients.size]);
  return { made, fromRaw };
}

describe('a history against the raw events', () => {
  let ctx: TestContext;
  let run = 0;
  test.beforeAll(async ({ t }) => {
    ctx = { ...testContext(t.db, new Date(NOW).toISOString()), caches: undefined };
  });

  for (const read of READS)
    test(`by ${read[1]} over ${read[0]} equals them after every step`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...ZONES),
          fc.array(stepArb, { minLength: 1, maxLength: 10 }),
          async (zone, steps) => {
            const userId = `raw-${run++}`;
            const user = await usageUser(ctx, [ctx], userId, zone, NOW);
            for (const step of steps) {
              await user.apply(step);
              const { made, fromRaw } = await bucketsBothWays(ctx, userId, user.now(), read);
              expect(made).toEqual(fromRaw);
            }
          },
        ),
        { numRuns: 25 },
      );
    });

  test("counts a client once a week after a zone change, not again in the old zone's day", async () => {
    // Found by the property above: rolled up in Berlin (client b on Berlin's 6 April, which began
    // at 22:00 UTC on the 5th), moved to UTC and rolled up again: the old client day stayed
    // beside the new ones, so the week of 30 March counted b, whose event is of 6 April.
    const user = await usageUser(ctx, [ctx], 'raw-berlin', 'Europe/Berlin', NOW);
    const steps: UsageStep[] = [
      {
        kind: 'ingest',
        events: [
          { ago: 43_200_001, type: 'api.call', value: 1, client: 'a' },
          { ago: 0, type: 'api.call', value: 1, client: 'b' },
        ],
      },
      { kind: 'rollup' },
      { kind: 'zone', zone: 'UTC' },
      { kind: 'rollup' },
    ];
    for (const step of steps) await user.apply(step);
    const { made, fromRaw } = await bucketsBothWays(ctx, 'raw-berlin', NOW, READS[2]);
    expect(made).toEqual(fromRaw);
    expect(made.map((b) => b[3])).toEqual([1, 1]);
  });
  test('counts no client on a day whose only client event moved out of it by a zone change and back', async () => {
    // Found by the property above: client a's call at 12:00 UTC on 6 April, rolled up in Kathmandu,
    // then moved back to UTC; a call without client on the 5th (12 h + 1 ms earlier), rolled up.
    const user = await usageUser(ctx, [ctx], 'raw-kathmandu', 'UTC', NOW);
    const steps: UsageStep[] = [
      { kind: 'ingest', events: [{ ago: 0, type: 'api.call', value: 1, client: 'a' }] },
      { kind: 'zone', zone: 'Asia/Kathmandu' },
      { kind: 'rollup' },
      { kind: 'zone', zone: 'UTC' },
      { kind: 'ingest', events: [{ ago: 43_200_001, type: 'api.call', value: 1, client: null }] },
      { kind: 'rollup' },
    ];
    for (const step of steps) {
      await user.apply(step);
      const { made, fromRaw } = await bucketsBothWays(ctx, 'raw-kathmandu', NOW, READS[1]);
      expect(made).toEqual(fromRaw);
    }
  });
});
