// For random streams of events (late ones included), rollups, zone changes and reads: an answer
// made of kept month parts and the open tail equals the answer computed from scratch, at every
// read, by day, week and month; and the answer by day equals the raw events of each local day.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { historyQuerySchema } from '../domain/history-query.js';
import { resolveRange } from '../domain/range.js';
import { dbTest as test } from '../store/testing.js';
import { createCaches } from './caches.js';
import { getHistory } from './get-history.js';
import { testContext, type TestContext } from './testing.js';
import type { Queryable } from '../store/db.js';
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

  test("counts an old zone's hour across a new midnight once, before the re-roll", async ({
    t,
  }) => {
    // Found by the property above on PostgreSQL: rolled up in Kolkata (the hour 22:30-23:30 UTC
    // holds an event at 23:29), moved to Berlin. That hour's row began Berlin's 21 March and its
    // event, of 22 March, was read again from raw events for the stale hour 23:00 UTC.
    const ctx = { ...testContext(t.db, new Date(NOW).toISOString()), caches: undefined };
    const user = await usageUser(ctx, [ctx], 'hr-kolkata', 'UTC', NOW);
    const ago = 15 * 86_400_000 + 12.5 * 3_600_000 + 1;
    await user.apply({
      kind: 'ingest',
      events: [{ ago, type: 'session.created', value: 1, client: null }],
    });
    await user.apply({ kind: 'zone', zone: 'Asia/Kolkata' });
    await user.apply({ kind: 'rollup' });
    await user.apply({ kind: 'zone', zone: 'Europe/Berlin' });
    await expectRawDays(ctx, 'hr-kolkata', NOW);
  });
});

/** The last 30 days by day equal the raw session events of each day in the answer's zone. */
async function expectRawDays(ctx: TestContext & { db: Queryable }, userId: string, now: number) {
  const query = historyQuerySchema.parse({ period: '30d', groupBy: 'day' });
  const h = await getHistory({ ctx, input: { userId, query } });
  const range = resolveRange({ period: '30d', groupBy: 'day', tz: h.period.tz }, now);
  const rows = await ctx.db.query<{ d: string; n: number }>(
    `SELECT to_char((occurred_at AT TIME ZONE $4)::date, 'YYYY-MM-DD') AS d, sum(value)::float8 AS n
     FROM usage_events WHERE user_id = $1 AND event_type = 'session.created'
       AND occurred_at >= $2 AND occurred_at < $3 GROUP BY 1`,
    [userId, new Date(range.start).toISOString(), new Date(range.end).toISOString(), h.period.tz],
  );
  const days = h.buckets.filter((b) => (b.sessions ?? 0) > 0);
  expect(Object.fromEntries(days.map((b) => [b.start.slice(0, 10), b.sessions]))).toEqual(
    Object.fromEntries(rows.map((r) => [r.d, r.n])),
  );
  expect(h.totals.sessions).toBe(rows.reduce((s, r) => s + r.n, 0));
}
