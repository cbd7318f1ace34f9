// For random streams of events (late ones included), rollups, zone changes and reads: an answer
// made of kept month parts and the open tail equals the answer computed from scratch, at every
// read, by day, week and month.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { historyQuerySchema } from '../domain/history-query.js';
import { dbTest as test } from '../store/testing.js';
import { createCaches } from './caches.js';
import { getHistory } from './get-history.js';
import { ingestEvents } from './ingest-events.js';
import { rollupUser } from './rollup-user.js';
import { setUser } from './set-user.js';
import { testContext, type TestContext } from './testing.js';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'];
const DAY = 86_400_000;
const NOW = Date.parse('2026-04-06T12:00:00Z');

const eventsArb = fc.array(
  fc.record({
    // Mostly today and yesterday (the open tail), some weeks back (late events for closed months).
    ago: fc.oneof(
      fc.integer({ min: 0, max: 2 * DAY }),
      fc.integer({ min: 2 * DAY, max: 80 * DAY }),
    ),
    value: fc.integer({ min: 1, max: 9 }),
    client: fc.constantFrom('a', 'b', 'c', 'd', null),
  }),
  { minLength: 1, maxLength: 8 },
);
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('ingest' as const), events: eventsArb }),
  fc.record({ kind: fc.constant('rollup' as const) }),
  fc.record({ kind: fc.constant('zone' as const), zone: fc.constantFrom(...ZONES) }),
  fc.record({ kind: fc.constant('tick' as const), hours: fc.integer({ min: 1, max: 30 }) }),
);
const readArb = fc.record({
  period: fc.constantFrom('30d', '3m'),
  groupBy: fc.constantFrom('day', 'week', 'month'),
});

describe('a history made of month parts', () => {
  let parts: TestContext;
  let scratch: TestContext;
  let run = 0;
  test.beforeAll(async ({ t }) => {
    const iso = new Date(NOW).toISOString();
    // Whole answers are not kept, so every read combines parts; the other context keeps nothing.
    parts = {
      ...testContext(t.db, iso),
      caches: createCaches({ maxBytes: 64e6, historyEntries: 0 }),
    };
    scratch = { ...testContext(t.db, iso), caches: undefined };
  });

  test('equals the answer computed from scratch after every step', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ZONES),
        fc.array(fc.tuple(stepArb, readArb), { minLength: 1, maxLength: 8 }),
        async (zone, steps) => {
          const userId = `hp-${run++}`;
          let now = NOW;
          const setNow = (ms: number) => [parts, scratch].forEach((c) => c.setNow(ms));
          setNow(now);
          await setUser({ ctx: parts, input: { userId, patch: { timeZone: zone } } });
          let n = 0;
          for (const [step, read] of steps) {
            if (step.kind === 'ingest') {
              const events = step.events.map((e) => ({
                id: `e${n++}`,
                userId,
                type: 'session.created',
                occurredAt: new Date(now - e.ago).toISOString(),
                value: e.value,
                ...(e.client ? { clientId: e.client } : {}),
              }));
              await ingestEvents({ ctx: parts, input: { body: { events }, backfill: true } });
            } else if (step.kind === 'rollup') {
              await rollupUser({ ctx: parts, input: { userId, maxMarkers: 1000 } });
            } else if (step.kind === 'zone') {
              await setUser({ ctx: parts, input: { userId, patch: { timeZone: step.zone } } });
            } else setNow((now += step.hours * 3_600_000));
            const query = historyQuerySchema.parse(read);
            const made = await getHistory({ ctx: parts, input: { userId, query } });
            const fresh = await getHistory({ ctx: scratch, input: { userId, query } });
            expect(made).toEqual(fresh);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
