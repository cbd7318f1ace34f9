import { DateTime } from 'luxon';
import { generateDemoEvents } from '../domain/demo/generate.js';
import { MAX_BACKFILL_BATCH } from '../domain/events.js';
import { demoProfiles } from '../domain/demo/profiles.js';
import { listPlans } from '../store/plans-catalog.js';
import { demoState } from '../store/queries/demo-anchor.js';
import type { Call } from './context.js';
import { ingestEvents } from './ingest-events.js';
import { setUser } from './set-user.js';

export interface SeedResult {
  users: number;
  accepted: number;
  duplicates: number;
}

/** Creates the demo users and 13 months of their usage through the ingestion path; later calls top it up to now. */
export async function seedDemo({
  ctx,
  input,
}: Call<{
  users?: number;
  months?: number;
  onProgress?: (done: number, total: number) => void;
}>): Promise<SeedResult> {
  const now = ctx.now();
  const profiles = demoProfiles(input.users);
  const plans = await listPlans(ctx.db);
  const res: SeedResult = { users: profiles.length, accepted: 0, duplicates: 0 };
  let done = 0;
  for (const [i, p] of profiles.entries()) {
    const state = await demoState(ctx.db, p.userId);
    let anchor: string;
    let fromDate: string;
    if (state) {
      // Already seeded: top up from the last day with events, reproducing the same ids.
      anchor = DateTime.fromJSDate(state.planSince, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;
      fromDate = DateTime.fromJSDate(state.lastEvent ?? state.planSince, {
        zone: p.timeZone,
      }).toISODate()!;
    } else {
      anchor = DateTime.fromMillis(now, { zone: p.timeZone })
        .minus({ months: input.months ?? 13 })
        .startOf('month')
        .toISODate()!;
      fromDate = anchor;
      // The demo plan applies from the start of the history, as if the user had always had it.
      const since = { ...ctx, now: () => Date.parse(anchor + 'T00:00:00Z') - 86_400_000 };
      await setUser({
        ctx: since,
        input: { userId: p.userId, patch: { plan: p.plan, timeZone: p.timeZone, email: p.email } },
      });
    }
    const limits = plans.find((x) => x.name === p.plan)?.limits ?? {};
    const events = generateDemoEvents(p, limits, anchor, fromDate, now, 1000 + i);
    for (let k = 0; k < events.length; k += MAX_BACKFILL_BATCH) {
      const r = await ingestEvents({
        ctx,
        input: { body: { events: events.slice(k, k + MAX_BACKFILL_BATCH) }, backfill: true },
      });
      res.accepted += r.accepted;
      res.duplicates += r.duplicates;
    }
    input.onProgress?.(++done, profiles.length);
  }
  return res;
}
