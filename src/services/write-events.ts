// The one write path of accepted events, shared by ingestion over HTTP and the stream's consumer:
// users, events and stale markers in one statement, retried on deadlocks and serialization failures.
import type { UsageEvent } from '../domain/events.js';
import { ingestBatch } from '../store/queries/ingest-batch.js';
import type { InsertOutcome } from '../store/queries/insert-events.js';
import type { Call } from './context.js';
import { withRetry } from './retry.js';

/** Stores events unique by (userId, id) exactly once; says per event inserted, duplicate or conflict. */
export async function writeEvents({
  ctx,
  input,
}: Call<{ events: UsageEvent[] }>): Promise<InsertOutcome[]> {
  const { events } = input;
  // Users, events and their stale hours commit together, in one statement, on ingestion's own
  // connections where it has them.
  const outcomes = await withRetry(() =>
    ingestBatch(ctx.ingestDb ?? ctx.db, events, ctx.caches?.knownUsers),
  );
  ctx.changes?.add(events.filter((_, i) => outcomes[i] === 'inserted').map((e) => e.userId));
  return outcomes;
}
