// The demo's month of simulated telemetry and health samples, and what the simulated users did
// with their accounts in it (report subscriptions, upgrades after a plan comparison), so the
// operator console and `stats` show every metric after `npm start`. Once per database,
// deterministic.
import { demoAccountActions } from '../domain/demo/account-actions.js';
import { demoOpsSamples, demoTelemetry } from '../domain/demo/telemetry.js';
import { demoProfiles } from '../domain/demo/profiles.js';
import { insertOpsSamples } from '../store/queries/ops/insert-ops-samples.js';
import { hasTelemetry } from '../store/queries/telemetry/has-telemetry.js';
import { insertTelemetry } from '../store/queries/telemetry/insert-telemetry.js';
import { listPlans } from '../store/plans-catalog.js';
import type { Call } from './context.js';
import { rollupTelemetry } from './rollup-telemetry.js';
import { setUser } from './set-user.js';
import { subscribe } from './subscriptions.js';

const DAY = 86_400_000;

/** Simulates the demo users' last 30 days of dashboard use and the platform's health (unless telemetry exists); with the account actions in it; returns the sessions written. */
export async function seedDemoTelemetry({
  ctx,
  input,
}: Call<{ users?: number }>): Promise<{ sessions: number }> {
  if (await hasTelemetry(ctx.db)) return { sessions: 0 };
  const now = ctx.now();
  const profiles = demoProfiles(input.users);
  const sessions = demoTelemetry(
    profiles.map((p) => p.userId),
    now,
  );
  await ctx.db.transaction(async (tx) => {
    for (const s of sessions) await insertTelemetry(tx, s.userId, s.sessionId, s.events);
    await insertOpsSamples(tx, 'demo', demoOpsSamples(now));
  });
  await rollupTelemetry({ ctx, input: { since: now - 31 * DAY } });
  const actions = demoAccountActions(sessions, profiles, await listPlans(ctx.db), now);
  // Each upgrade starts its plan when it happened (a plan-history row from that instant).
  for (const u of actions.upgrades)
    await setUser({
      ctx: { ...ctx, now: () => u.at },
      input: { userId: u.userId, patch: { plan: u.plan } },
    });
  // Subscribed now, to the address on file: the first report goes out at the next period's end.
  for (const s of actions.subscriptions)
    await subscribe({
      ctx,
      input: { userId: s.userId, body: { frequency: s.frequency, format: 'none' } },
    });
  return { sessions: sessions.length };
}
