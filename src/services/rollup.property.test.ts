// For random events, arrival orders and rollup timings: monthly = sum of daily = sum of hourly =
// raw events for summed metrics, and gauges, peaks and unique counts equal SQL over raw events.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { ingestEvents } from './ingest-events.js';
import { rollupUser } from './rollup-user.js';
import { setUser } from './set-user.js';
import type { TestDb } from '../store/testing.js';
import { serviceTest } from './testing.js';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
];
const TYPES = [
  'session.created',
  'audio.processed',
  'storage.measured',
  'api.call',
  'session.concurrency',
] as const;
const NOW = Date.parse('2026-04-06T12:00:00Z'); // spans Lord Howe's and Europe's DST changes
const SPAN = 34 * 86_400_000;

const eventArb = fc.record({
  type: fc.constantFrom(...TYPES),
  offset: fc.integer({ min: 0, max: SPAN }),
  value: fc.integer({ min: 1, max: 5000 }),
  client: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined }),
});

const test = serviceTest(new Date(NOW).toISOString());

describe('rollups', () => {
  let run = 0;

  test('agree with the raw events at every level whatever the order and timing', async ({
    t,
    ctx,
  }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ZONES),
        fc.array(eventArb, { minLength: 1, maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 4 }),
        async (zone, specs, cuts) => {
          const userId = `prop-${run++}`;
          await setUser({ ctx, input: { userId, patch: { timeZone: zone } } });
          const events = specs.map((s, i) => ({
            id: `p${i}`,
            userId,
            type: s.type,
            occurredAt: new Date(NOW - s.offset).toISOString(),
            value: ['session.created', 'api.call', 'session.concurrency'].includes(s.type)
              ? Math.ceil(s.value / 100)
              : s.value / 4,
            ...(s.client ? { clientId: s.client } : {}),
          }));
          // Arrive in random slices with rollups in between, and one event arriving twice.
          let k = 0;
          for (const c of cuts) {
            const slice = events.slice(k, k + c);
            k += c;
            if (slice.length) await ingestEvents({ ctx, input: { body: { events: slice } } });
            await rollupUser({ ctx, input: { userId } });
          }
          if (k < events.length)
            await ingestEvents({ ctx, input: { body: { events: events.slice(k) } } });
          await ingestEvents({ ctx, input: { body: { events: [events[0]!] } } });
          await rollupUser({ ctx, input: { userId } });
          await checkLevels(t, userId);
        },
      ),
      { numRuns: 25 },
    );
  });
});

async function checkLevels(t: TestDb, userId: string) {
  const sums = await t.db.query<Record<string, number>>(
    `SELECT period_type, sum(sessions_created) AS s, sum(audio_minutes_processed) AS a, sum(api_calls_made) AS k,
       sum(event_count) AS n, max(concurrent_sessions_peak) AS c, max(storage_peak_mb) AS p
     FROM usage_history WHERE user_id = $1 GROUP BY period_type ORDER BY period_type`,
    [userId],
  );
  const [raw] = await t.db.query<Record<string, number>>(
    `SELECT coalesce(sum(value) FILTER (WHERE event_type = 'session.created'), 0) AS s,
       coalesce(sum(value) FILTER (WHERE event_type = 'audio.processed'), 0) AS a,
       coalesce(sum(value) FILTER (WHERE event_type = 'api.call'), 0) AS k, count(*) AS n,
       coalesce(max(value) FILTER (WHERE event_type = 'session.concurrency'), 0) AS c,
       max(value) FILTER (WHERE event_type = 'storage.measured') AS p
     FROM usage_events WHERE user_id = $1`,
    [userId],
  );
  expect(sums).toHaveLength(3);
  for (const level of sums) {
    const { period_type, ...v } = level;
    expect(v, String(period_type)).toEqual(raw);
  }
  // Gauge and distinct clients of every stored period equal a direct computation over raw events.
  // Every table filtered by the same user: on Citus this goes whole to the user's shard.
  const mismatches = await t.db.query(
    `SELECT * FROM (
       SELECT h.period_type, h.period_start, h.storage_used_mb, h.unique_clients,
         (SELECT value FROM usage_events e WHERE e.user_id = $1 AND e.event_type = 'storage.measured'
            AND e.occurred_at >= h.period_start AND e.occurred_at < h.period_end
          ORDER BY occurred_at DESC, event_id DESC LIMIT 1) AS latest,
         (SELECT count(DISTINCT client_id)::int FROM usage_events e WHERE e.user_id = $1
            AND e.occurred_at >= h.period_start AND e.occurred_at < h.period_end) AS clients
       FROM usage_history h WHERE h.user_id = $1
     ) x
     WHERE storage_used_mb IS DISTINCT FROM latest OR unique_clients <> clients`,
    [userId],
  );
  expect(mismatches).toEqual([]);
}
