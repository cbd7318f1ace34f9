import {
  backfillBodySchema,
  ingestBodySchema,
  validateEvents,
  type EventIssue,
} from '../domain/events.js';
import { ingestBatch } from '../store/queries/ingest-batch.js';
import type { Call } from './context.js';
import { AppError } from './errors.js';
import { withRetry } from './retry.js';

export interface IngestResult {
  accepted: number;
  duplicates: number;
  conflicts: { index: number; id: string; reason: string }[];
}

/** Validates a batch and commits all its new events at once; nothing is written when any event is invalid. */
export async function ingestEvents({
  ctx,
  input,
}: Call<{ body: unknown; backfill?: boolean }>): Promise<IngestResult> {
  const body = (input.backfill ? backfillBodySchema : ingestBodySchema).safeParse(input.body);
  if (!body.success) {
    const issues = body.error.issues.map((i) => ({
      field: i.path.join('.') || '(body)',
      reason: i.message,
    }));
    ctx.meter?.events('rejected', batchSize(input.body));
    throw new AppError('invalid_input', 'the request body is not a valid batch', issues);
  }
  const checked = validateEvents(body.data.events, ctx.now(), { backfill: input.backfill });
  if (!checked.ok) {
    ctx.meter?.events('rejected', body.data.events.length);
    throw batchError(checked.issues);
  }

  // The first occurrence of an id in the batch is the one that counts; later ones are compared to it.
  const firstIndex = new Map<string, number>();
  const unique = checked.events.filter((e, i) => {
    const key = JSON.stringify([e.userId, e.id]);
    if (firstIndex.has(key)) return false;
    firstIndex.set(key, i);
    return true;
  });

  // Users, events and their stale hours commit together, in one statement.
  const outcomes = await withRetry(() => ingestBatch(ctx.ingestDb ?? ctx.db, unique));
  ctx.changes?.add(unique.filter((_, i) => outcomes[i] === 'inserted').map((e) => e.userId));

  const byKey = new Map(
    unique.map((e, i) => [JSON.stringify([e.userId, e.id]), { e, outcome: outcomes[i] }]),
  );
  const res: IngestResult = { accepted: 0, duplicates: 0, conflicts: [] };
  checked.events.forEach((e, index) => {
    const key = JSON.stringify([e.userId, e.id]);
    const first = byKey.get(key)!;
    const repeated = firstIndex.get(key) !== index;
    const same =
      !repeated ||
      (first.e.type === e.type &&
        first.e.occurredAt === e.occurredAt &&
        first.e.value === e.value &&
        first.e.clientId === e.clientId);
    if (repeated && !same) {
      res.conflicts.push({
        index,
        id: e.id,
        reason: 'an event with this id and other content was sent before',
      });
    } else if (repeated || first.outcome === 'duplicate') res.duplicates++;
    else if (first.outcome === 'conflict') {
      res.conflicts.push({
        index,
        id: e.id,
        reason: 'an event with this id and other content was sent before',
      });
    } else res.accepted++;
  });
  ctx.meter?.events('accepted', res.accepted);
  ctx.meter?.events('duplicate', res.duplicates);
  ctx.meter?.events('rejected', res.conflicts.length);
  return res;
}

// How many events a refused body carried (1 when it is not a batch at all).
function batchSize(body: unknown): number {
  const events = (body as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? events.length : 1;
}

function batchError(issues: EventIssue[]): AppError {
  return new AppError(
    'invalid_input',
    `${issues.length} problem(s) in the batch; nothing was written`,
    issues.map((i) => ({ index: i.index, field: i.field, reason: i.reason })),
  );
}
