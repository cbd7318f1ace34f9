// The stream's consumer side of ingestion: a batch the API acknowledged from the stream, written
// to the database exactly once however often the stream delivers it (event ids make it so).
import { z } from 'zod';
import { EVENT_TYPES } from '../domain/metrics.js';
import type { UsageEvent } from '../domain/events.js';
import type { Call } from './context.js';
import { writeEvents } from './write-events.js';

// What ingestion published: events it validated already. Checked again for shape only, never
// against the clock: a batch may wait in the stream for as long as the database is away.
const streamedBatch = z.array(
  z.strictObject({
    userId: z.string().min(1),
    id: z.string().min(1),
    type: z.enum(EVENT_TYPES),
    occurredAt: z.number().finite(),
    value: z.number().finite().nonnegative(),
    clientId: z.string().nullable(),
  }),
);

/** Parses a message the ingestion published; null for one that is not such a batch (never retried). */
export function parseStreamedBatch(data: string): UsageEvent[] | null {
  try {
    const parsed = streamedBatch.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes a streamed batch once; counts what was new, repeated or in conflict with a stored event. */
export async function storeStreamedBatch({
  ctx,
  input,
}: Call<{ events: UsageEvent[] }>): Promise<{
  accepted: number;
  duplicates: number;
  conflicts: number;
}> {
  const outcomes = await writeEvents({ ctx, input });
  const count = (o: string) => outcomes.filter((x) => x === o).length;
  const res = {
    accepted: count('inserted'),
    duplicates: count('duplicate'),
    conflicts: count('conflict'),
  };
  ctx.meter?.events('accepted', res.accepted);
  ctx.meter?.events('duplicate', res.duplicates);
  ctx.meter?.events('rejected', res.conflicts);
  return res;
}
