// For random streams of events (late ones included), rollups, zone changes and reads: an answer
// made of kept month parts and the open tail equals the answer computed from scratch, at every
// read, by day, week and month.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { historyQuerySchema } from '../domain/history-query.js';
import { dbTest as test } from '../store/testing.js';
import { createCaches } from './caches.js';
import { getHistory } from './get-history.js';
import { testContext, type TestContext } from './testing.js';
import { usageStepArb, usageUser } from './usage-steps.testing.js';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'];
const NOW = Date.parse('2026-04-06T12:00:00Z');

// Mostly today and yesterday (the open tail), some weeks back (late events for closed months).
const stepArb = usageStepArb(['session.created'], ['a', 'b', 'c', 'd', null], ZONES);
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
          const user = await usageUser(parts, [parts, scratch], userId, zone, NOW);
          for (const [step, read] of steps) {
            await user.apply(step);
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
