// The one write path of accepted events, shared by ingestion over HTTP and the stream's consumer:
// users, events and stale markers in one transaction, retried on serialization failures.
import type { UsageEvent } from '../domain/events.js';
import { ensureUsers } from '../store/queries/ensure-users.js';
import { insertEvents, type InsertOutcome } from '../store/queries/insert-events.js';
import { markDirty } from '../store/queries/mark-dirty.js';
import type { Call } from './context.js';
import { withRetry } from './retry.js';

/** Stores events unique by (userId, id) exactly once; says per event inserted, duplicate or conflict. */
export async function writeEvents({
  ctx,
  input,
}: Call<{ events: UsageEvent[] }>): Promise<InsertOutcome[]> {
  const { events } = input;
  const outcomes = await withRetry(() =>
    ctx.db.transaction(async (tx) => {
      await ensureUsers(
        tx,
        events.map((e) => e.userId),
      );
      const result = await insertEvents(tx, events);
      const fresh = events.filter((_, i) => result[i] === 'inserted');
      await markDirty(
        tx,
        fresh.map((e) => e.userId),
        fresh.map((e) => e.occurredAt),
      );
      return result;
    }),
  );
  ctx.changes?.add(events.filter((_, i) => outcomes[i] === 'inserted').map((e) => e.userId));
  return outcomes;
}
