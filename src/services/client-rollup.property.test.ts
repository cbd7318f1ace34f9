// For random events (late ones, repeats, random rollup timing), then a zone change after raw
// retention dropped the older half: the client rows of every hourly, daily and monthly period add
// up to that period's totals, exist only where it has usage, and the hourly client rows still
// backed by raw events equal the raw events of that client.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { deleteEventsBefore } from '../store/queries/delete-old-events.js';
import type { TestDb } from '../store/testing.js';
import { ingestEvents } from './ingest-events.js';
import { rollupUser } from './rollup-user.js';
import { setUser } from './set-user.js';
import { serviceTest } from './testing.js';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const TYPES = [
  'session.created',
  'audio.processed',
  'transcription.completed',
  'export.generated',
  'api.call',
  'storage.measured',
] as const;
const DAY = 86_400_000;
const NOW = Date.parse('2026-04-06T12:00:00Z'); // spans Lord Howe's and Europe's DST changes
const RETENTION = 40;
const SPAN = 80 * DAY;

const eventArb = fc.record({
  type: fc.constantFrom(...TYPES),
  offset: fc.integer({ min: 0, max: SPAN }),
  value: fc.integer({ min: 1, max: 5000 }),
  client: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
});

const test = serviceTest(new Date(NOW).toISOString());

describe('client rollups', () => {
  let run = 0;

  test('always add up to the totals, across late events and zone changes', async ({ t, ctx }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        fc.array(eventArb, { minLength: 1, maxLength: 50 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 3 }),
        async (from, to, specs, cuts) => {
          const userId = `cl-${run++}`;
          await setUser({ ctx, input: { userId, patch: { timeZone: from } } });
          const events = specs.map((s, i) => ({
            id: `c${i}`,
            userId,
            type: s.type,
            occurredAt: new Date(NOW - s.offset).toISOString(),
            value: ['audio.processed', 'storage.measured'].includes(s.type)
              ? s.value / 4
              : Math.ceil(s.value / 100),
            ...(s.client ? { clientId: s.client } : {}),
          }));
          const roll = () =>
            rollupUser({ ctx, input: { userId, retentionDays: 400, maxMarkers: 5000 } });
          let k = 0;
          for (const c of cuts) {
            const slice = events.slice(k, k + c);
            k += c;
            if (slice.length)
              await ingestEvents({ ctx, input: { body: { events: slice }, backfill: true } });
            await roll();
          }
          if (k < events.length)
            await ingestEvents({
              ctx,
              input: { body: { events: events.slice(k) }, backfill: true },
            });
          await roll();
          await checkClients(t, userId, true);
          await deleteEventsBefore(t.db, NOW - RETENTION * DAY);
          await setUser({ ctx, input: { userId, patch: { timeZone: to } } });
          await rollupUser({ ctx, input: { userId, retentionDays: RETENTION, maxMarkers: 5000 } });
          await checkClients(t, userId, false);
        },
      ),
      { numRuns: 20 },
    );
  });
});

async function checkClients(t: TestDb, userId: string, allRaw: boolean) {
  // Totals and client sums of every stored period, side by side; every table filtered by the user.
  const disagree = await t.db.query(
    `WITH c AS (
       SELECT period_type, period_start, sum(sessions_created) AS s, sum(audio_minutes_processed) AS a,
         sum(transcriptions_completed) AS tr, sum(exports_generated) AS x, sum(api_calls_made) AS k
       FROM usage_client_history WHERE user_id = $1 GROUP BY 1, 2),
     h AS (
       SELECT period_type, period_start, sessions_created AS s, audio_minutes_processed AS a,
         transcriptions_completed AS tr, exports_generated AS x, api_calls_made AS k
       FROM usage_history WHERE user_id = $1 AND
         (sessions_created + audio_minutes_processed + transcriptions_completed + exports_generated + api_calls_made) > 0)
     SELECT * FROM h FULL JOIN c USING (period_type, period_start)
     WHERE (h.s, h.a, h.tr, h.x, h.k) IS DISTINCT FROM (c.s, c.a, c.tr, c.x, c.k)
       AND coalesce(c.s + c.a + c.tr + c.x + c.k, 0) + coalesce(h.s + h.a + h.tr + h.x + h.k, 0) > 0`,
    [userId],
  );
  expect(disagree).toEqual([]);
  if (!allRaw) return;
  // Before retention: each client's hourly rows are its raw events.
  const [rows] = await t.db.query<{ bad: number }>(
    `SELECT count(*)::int AS bad FROM (
       SELECT coalesce(client_id, '') AS client_id, sum(value) FILTER (WHERE event_type = 'api.call') AS k,
         sum(value) FILTER (WHERE event_type = 'audio.processed') AS a
       FROM usage_events WHERE user_id = $1 GROUP BY 1) r
     FULL JOIN (
       SELECT client_id, sum(api_calls_made) AS k, sum(audio_minutes_processed) AS a
       FROM usage_client_history WHERE user_id = $1 AND period_type = 'hourly' GROUP BY 1) c USING (client_id)
     WHERE coalesce(r.k, 0) <> coalesce(c.k, 0) OR coalesce(r.a, 0) <> coalesce(c.a, 0)`,
    [userId],
  );
  expect(rows!.bad).toBe(0);
}
