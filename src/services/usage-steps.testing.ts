// Random streams of usage for property tests of answers made of parts: events (mostly today and
// yesterday, some weeks back: late events for closed days and months), rollups, zone changes and
// clock moves, applied through the services as a running server would.
import fc from 'fast-check';
import { ingestEvents } from './ingest-events.js';
import { rollupUser } from './rollup-user.js';
import { setUser } from './set-user.js';
import type { TestContext } from './testing.js';

const DAY = 86_400_000;

/** One step of a user's usage. */
export type UsageStep =
  | {
      kind: 'ingest';
      events: { ago: number; type: string; value: number; client: string | null }[];
    }
  | { kind: 'rollup' }
  | { kind: 'zone'; zone: string }
  | { kind: 'tick'; hours: number };

/** Steps whose events are of the given types from the given clients (null: none), in the given zones. */
export function usageStepArb(
  types: string[],
  clients: (string | null)[],
  zones: string[],
): fc.Arbitrary<UsageStep> {
  const events = fc.array(
    fc.record({
      ago: fc.oneof(
        fc.integer({ min: 0, max: 2 * DAY }),
        fc.integer({ min: 2 * DAY, max: 80 * DAY }),
      ),
      type: fc.constantFrom(...types),
      value: fc.integer({ min: 1, max: 9 }),
      client: fc.constantFrom(...clients),
    }),
    { minLength: 1, maxLength: 8 },
  );
  return fc.oneof(
    fc.record({ kind: fc.constant('ingest' as const), events }),
    fc.record({ kind: fc.constant('rollup' as const) }),
    fc.record({ kind: fc.constant('zone' as const), zone: fc.constantFrom(...zones) }),
    fc.record({ kind: fc.constant('tick' as const), hours: fc.integer({ min: 1, max: 40 }) }),
  );
}

/**
 * A user in `zone` whose usage follows the steps: `apply` runs one (through `ctx`, moving the clock
 * of every context given), `now` is the clock. Audio values are quarter minutes.
 */
export async function usageUser(
  ctx: TestContext,
  clocks: TestContext[],
  userId: string,
  zone: string,
  start: number,
) {
  let now = start;
  let n = 0;
  clocks.forEach((c) => c.setNow(now));
  await setUser({ ctx, input: { userId, patch: { timeZone: zone } } });
  return {
    now: () => now,
    async apply(step: UsageStep): Promise<void> {
      if (step.kind === 'ingest') {
        const events = step.events.map((e) => ({
          id: `e${n++}`,
          userId,
          type: e.type,
          occurredAt: new Date(now - e.ago).toISOString(),
          value: e.type === 'audio.processed' ? e.value / 4 : e.value,
          ...(e.client ? { clientId: e.client } : {}),
        }));
        await ingestEvents({ ctx, input: { body: { events }, backfill: true } });
      } else if (step.kind === 'rollup') {
        await rollupUser({ ctx, input: { userId, maxMarkers: 1000 } });
      } else if (step.kind === 'zone') {
        await setUser({ ctx, input: { userId, patch: { timeZone: step.zone } } });
      } else {
        now += step.hours * 3_600_000;
        clocks.forEach((c) => c.setNow(now));
      }
    },
  };
}
