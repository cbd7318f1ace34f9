// For random events spanning more than raw retention and a random change of zone: every daily row
// is a whole day of the new zone and holds exactly the hourly rows that start in it, and every
// monthly row exactly its days, also for days whose raw events are gone.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { isLocalDayStart, localDate, startOfLocalDate } from '../domain/calendar.js';
import { addDays } from '../domain/dates.js';
import { deleteEventsBefore } from '../store/queries/delete-old-events.js';
import { ingestEvents } from './ingest-events.js';
import { rollupUser } from './rollup-user.js';
import { setUser } from './set-user.js';
import type { TestDb } from '../store/testing.js';
import { serviceTest } from './testing.js';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
];
const DAY = 86_400_000;
const NOW = Date.parse('2026-04-06T12:00:00Z');
const RETENTION = 40;
const SPAN = 90 * DAY; // the older half of the events is past retention when the zone changes

const eventArb = fc.record({
  offset: fc.integer({ min: DAY, max: SPAN }),
  value: fc.integer({ min: 1, max: 9 }),
  client: fc.constantFrom('a', 'b', 'c'),
});

const test = serviceTest(new Date(NOW).toISOString());

describe('a zone change', () => {
  let run = 0;

  test('leaves day and month totals equal to their hourly totals in the new zone', async ({
    t,
    ctx,
  }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        fc.array(eventArb, { minLength: 1, maxLength: 40 }),
        async (from, to, specs) => {
          const userId = `zc-${run++}`;
          await setUser({ ctx, input: { userId, patch: { timeZone: from } } });
          const events = specs.map((s, i) => ({
            id: `e${i}`,
            userId,
            type: 'session.created',
            occurredAt: new Date(NOW - s.offset).toISOString(),
            value: s.value,
            clientId: s.client,
          }));
          await ingestEvents({ ctx, input: { body: { events }, backfill: true } });
          await rollupUser({ ctx, input: { userId, retentionDays: 400, maxMarkers: 1000 } });
          // Raw events past retention go; then the zone changes and the rollup job runs.
          await deleteEventsBefore(t.db, NOW - RETENTION * DAY);
          await setUser({ ctx, input: { userId, patch: { timeZone: to } } });
          await rollupUser({ ctx, input: { userId, retentionDays: RETENTION, maxMarkers: 1000 } });
          await checkDays(
            t,
            userId,
            to,
            specs.reduce((n, s) => n + s.value, 0),
          );
        },
      ),
      {
        numRuns: 20,
        // Found by this test: an old-zone hour that crosses the first re-rolled day was counted
        // in both days.
        examples: [
          [
            'Asia/Kolkata',
            'UTC',
            [
              { offset: 3_238_200_001, value: 1, client: 'a' },
              { offset: DAY, value: 1, client: 'a' },
            ],
          ],
        ],
      },
    );
  });
});

async function checkDays(t: TestDb, userId: string, zone: string, total: number) {
  const rows = await t.db.query<{ type: string; start: number; end: number; sessions: number }>(
    `SELECT period_type AS type, (extract(epoch FROM period_start) * 1000)::float8 AS start,
       (extract(epoch FROM period_end) * 1000)::float8 AS end, sessions_created::int AS sessions
     FROM usage_history WHERE user_id = $1 ORDER BY period_start`,
    [userId],
  );
  const of = (type: string) => rows.filter((r) => r.type === type);
  const sumIn = (type: string, start: number, end: number) =>
    of(type)
      .filter((r) => r.start >= start && r.start < end)
      .reduce((n, r) => n + r.sessions, 0);
  for (const level of ['hourly', 'daily', 'monthly'])
    expect(sumIn(level, -Infinity, Infinity), level).toBe(total);
  for (const d of of('daily')) {
    expect(isLocalDayStart(d.start, zone), `day ${new Date(d.start).toISOString()}`).toBe(true);
    expect(d.end).toBe(startOfLocalDate(addDays(localDate(d.start, zone), 1), zone));
    expect(d.sessions, `day ${localDate(d.start, zone)}`).toBe(sumIn('hourly', d.start, d.end));
  }
  for (const m of of('monthly')) {
    expect(localDate(m.start, zone).slice(8), 'month start').toBe('01');
    expect(m.sessions).toBe(sumIn('daily', m.start, m.end));
  }
}
