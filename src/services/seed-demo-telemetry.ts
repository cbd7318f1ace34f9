// The demo's month of simulated telemetry and health samples, so the operator console and
// `stats` show every metric after `npm start`. Once per database, deterministic.
import { demoOpsSamples, demoTelemetry } from '../domain/demo/telemetry.js';
import { demoProfiles } from '../domain/demo/profiles.js';
import { insertOpsSamples } from '../store/queries/ops/insert-ops-samples.js';
import { hasTelemetry } from '../store/queries/telemetry/has-telemetry.js';
import { insertTelemetry } from '../store/queries/telemetry/insert-telemetry.js';
import type { Call } from './context.js';
import { rollupTelemetry } from './rollup-telemetry.js';

const DAY = 86_400_000;

/** Simulates the demo users' last 30 days of dashboard use and the platform's health (unless telemetry exists); returns the sessions written. */
export async function seedDemoTelemetry({
  ctx,
  input,
}: Call<{ users?: number }>): Promise<{ sessions: number }> {
  if (await hasTelemetry(ctx.db)) return { sessions: 0 };
  const now = ctx.now();
  const sessions = demoTelemetry(
    demoProfiles(input.users).map((p) => p.userId),
    now,
  );
  await ctx.db.transaction(async (tx) => {
    for (const s of sessions) await insertTelemetry(tx, s.userId, s.sessionId, s.events);
    await insertOpsSamples(tx, 'demo', demoOpsSamples(now));
  });
  await rollupTelemetry({ ctx, input: { since: now - 31 * DAY } });
  return { sessions: sessions.length };
}
