// Recording the dashboard's own use: nothing when the deployment or the browser says no, only
// the caller's own user, enumerated events, and a daily cap per user kept in the database.
import type { TelemetryResult } from '../contracts/telemetry.js';
import {
  MAX_TELEMETRY_AGE_MS,
  TELEMETRY_EVENTS_PER_DAY,
  telemetryIssues,
  type TelemetryBatch,
} from '../domain/telemetry.js';
import { countRecentTelemetry } from '../store/queries/telemetry/count-recent-telemetry.js';
import { insertTelemetry } from '../store/queries/telemetry/insert-telemetry.js';
import { lockUserFor } from '../store/queries/user-lock.js';
import type { Call } from './context.js';
import { AppError } from './errors.js';

const DAY_MS = 86_400_000;

/** Stores a batch for userId unless telemetry is off or the request opted out; 400 on bad events, 429 past the daily cap. */
export async function recordTelemetry({
  ctx,
  input,
}: Call<{ userId: string; batch: TelemetryBatch; optedOut: boolean }>): Promise<TelemetryResult> {
  if (ctx.telemetryOff) return { recorded: 0, ignored: 'disabled' };
  if (input.optedOut) return { recorded: 0, ignored: 'do-not-track' };
  const now = ctx.now();
  const issues = telemetryIssues(input.batch, now);
  if (issues.length)
    throw new AppError('invalid_input', 'some telemetry events are invalid', issues);
  // Counted and inserted under a per-user lock, so parallel batches cannot all pass the count.
  const recorded = await ctx.db.transaction(async (tx) => {
    await lockUserFor(tx, 'telemetry', input.userId);
    const recent = await countRecentTelemetry(
      tx,
      input.userId,
      now - DAY_MS,
      MAX_TELEMETRY_AGE_MS,
      TELEMETRY_EVENTS_PER_DAY,
    );
    if (recent + input.batch.events.length > TELEMETRY_EVENTS_PER_DAY)
      throw new AppError('rate_limited', 'telemetry cap for today reached', [], 3600);
    return insertTelemetry(tx, input.userId, input.batch.sessionId, input.batch.events, now);
  });
  return { recorded, ignored: null };
}
