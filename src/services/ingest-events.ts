import {
  backfillBodySchema,
  ingestBodySchema,
  validateEvents,
  type EventIssue,
  type UsageEvent,
} from '../domain/events.js';
import type { IngestResult } from '../contracts/usage.js';
import type { Call } from './context.js';
import { AppError } from './errors.js';
import { writeEvents } from './write-events.js';

/** A batch that passed validation: every event, and each (user, id) once (its first occurrence). */
export interface CheckedBatch {
  events: UsageEvent[];
  unique: UsageEvent[];
  /** Per event, where its (user, id)'s first occurrence is in `unique`. */
  slot: number[];
}

/** Parses and validates a batch; throws invalid_input naming every problem, so nothing is written. */
export function checkBatch({
  ctx,
  input,
}: Call<{ body: unknown; backfill?: boolean }>): CheckedBatch {
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
  // The first occurrence of an id in the batch is the one that counts; later ones are compared to
  // it. Neither part of the key holds a control character, so NUL joins them unambiguously.
  const seen = new Map<string, number>();
  const unique: UsageEvent[] = [];
  const slot = checked.events.map((e) => {
    const key = `${e.userId}\u0000${e.id}`;
    const at = seen.get(key);
    if (at !== undefined) return at;
    seen.set(key, unique.length);
    return unique.push(e) - 1;
  });
  return { events: checked.events, unique, slot };
}

/** Validates a batch and commits all its new events at once; nothing is written when any event is invalid. */
export async function ingestEvents({
  ctx,
  input,
}: Call<{ body: unknown; backfill?: boolean }>): Promise<IngestResult> {
  const { events, unique, slot } = checkBatch({ ctx, input });
  const outcomes = await writeEvents({ ctx, input: { events: unique } });

  const res: IngestResult = { accepted: 0, duplicates: 0, conflicts: [] };
  events.forEach((e, index) => {
    const first = unique[slot[index]!]!;
    const outcome = outcomes[slot[index]!];
    const repeated = first !== e;
    const same = !repeated || sameEvent(first, e);
    if ((repeated && !same) || (!repeated && outcome === 'conflict')) {
      res.conflicts.push({ index, id: e.id, reason: CONFLICT });
    } else if (repeated || outcome === 'duplicate') res.duplicates++;
    else res.accepted++;
  });
  ctx.meter?.events('accepted', res.accepted);
  ctx.meter?.events('duplicate', res.duplicates);
  ctx.meter?.events('rejected', res.conflicts.length);
  return res;
}

export const CONFLICT = 'an event with this id and other content was sent before';

/** Whether two events with one key say the same thing (a repeat, not a conflict). */
export function sameEvent(a: UsageEvent, b: UsageEvent): boolean {
  return (
    a.type === b.type &&
    a.occurredAt === b.occurredAt &&
    a.value === b.value &&
    a.clientId === b.clientId
  );
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
