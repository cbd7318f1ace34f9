import { DateTime } from 'luxon';
import { METRICS } from '../domain/metrics.js';
import { generateDemoEvents, type DemoEvent } from '../domain/demo/generate.js';
import { MAX_BACKFILL_BATCH } from '../domain/events.js';
import { demoProfiles } from '../domain/demo/profiles.js';
import { listPlans } from '../store/plans-catalog.js';
import { demoState } from '../store/queries/demo-anchor.js';
import { markDemoAnchor } from '../store/queries/mark-demo-anchor.js';
import type { Call } from './context.js';
import { raiseDemoAlertHistory } from './demo-alert-history.js';
import { ingestEvents } from './ingest-events.js';
import { refreshStatistics } from './refresh-statistics.js';
import { setUser } from './set-user.js';
import { seedDemoTelemetry } from './seed-demo-telemetry.js';

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
  // Events of several users share batches: a top-up is a few events per user, and one
  // transaction per user made a later start wait seconds for a few hundred events.
  let pending: DemoEvent[] = [];
  let generated = 0;
  const flush = async (all: boolean) => {
    while (pending.length >= MAX_BACKFILL_BATCH || (all && pending.length > 0)) {
      const r = await ingestEvents({
        ctx,
        input: { body: { events: pending.slice(0, MAX_BACKFILL_BATCH) }, backfill: true },
      });
      pending = pending.slice(MAX_BACKFILL_BATCH);
      // Months of events into empty tables: plans made for them empty slow every later batch.
      await refreshStatistics({ ctx, input: {} });
      res.accepted += r.accepted;
      res.duplicates += r.duplicates;
    }
    // Progress counts users generated; their events commit as batches fill (all by the end).
    input.onProgress?.(generated, profiles.length);
  };
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
      await markDemoAnchor(ctx.db, p.userId, since.now(), p.plan);
    }
    const plan = plans.find((x) => x.name === p.plan);
    const limits = plan?.limits ?? {};
    // A limit without an overage price blocks: the platform refuses usage past it.
    const blocking = new Set(METRICS.filter((m) => plan && plan.overage[m] === undefined));
    const events = generateDemoEvents(p, limits, anchor, fromDate, now, 1000 + i, blocking);
    pending.push(...events);
    const history = { userId: p.userId, zone: p.timeZone, limits, fromDate, events };
    await raiseDemoAlertHistory({ ctx, input: history });
    generated++;
    await flush(false);
  }
  await flush(true);
  await seedDemoTelemetry({ ctx, input: { users: input.users } });
  return res;
}
