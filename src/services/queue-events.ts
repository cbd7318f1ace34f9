// Ingestion when a stream fronts the database (INGEST_STREAM_URL): a batch is acknowledged once
// the stream has persisted it, and the stream's consumer writes it (store-streamed-batch.ts).
import type { QueuedResult } from '../contracts/usage.js';
import type { Call } from './context.js';
import { checkBatch, CONFLICT, sameEvent } from './ingest-events.js';

/**
 * Validates a batch as ingestion does and stores it in the stream; nothing is stored when any event
 * is invalid. Repeats inside the batch are answered now; repeats of earlier batches are found, and
 * counted once, when the consumer writes.
 */
export async function queueEvents({ ctx, input }: Call<{ body: unknown }>): Promise<QueuedResult> {
  if (!ctx.eventStream) throw new Error('queueEvents needs an event stream on the context');
  const { events, unique, slot } = checkBatch({ ctx, input });
  const res: QueuedResult = { queued: unique.length, duplicates: 0, conflicts: [] };
  events.forEach((e, index) => {
    const first = unique[slot[index]!]!;
    if (first === e) return;
    if (sameEvent(first, e)) res.duplicates++;
    else res.conflicts.push({ index, id: e.id, reason: CONFLICT });
  });
  await ctx.eventStream.publish(unique);
  ctx.meter?.events('duplicate', res.duplicates);
  ctx.meter?.events('rejected', res.conflicts.length);
  return res;
}
