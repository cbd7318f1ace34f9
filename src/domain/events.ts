// Validation of incoming usage events: what an event must look like and when it may have happened.
import { z } from 'zod';
import { COUNTED_EVENT_TYPES, EVENT_TYPES, type EventType } from './metrics.js';

export const MAX_BATCH = 1000;
export const MAX_EVENT_AGE_MS = 35 * 86_400_000;
export const MAX_FUTURE_MS = 5 * 60_000;
const MAX_VALUE = 1e9;

export interface UsageEvent {
  userId: string;
  id: string;
  type: EventType;
  occurredAt: number;
  value: number;
  clientId: string | null;
}

export interface EventIssue {
  index: number;
  field: string;
  reason: string;
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Whether a string holds control characters (PostgreSQL cannot store NUL in text at all). */
export function hasControlCharacters(s: string): boolean {
  return CONTROL.test(s);
}

// A lone surrogate is not text: stored as UTF-8 it becomes U+FFFD, so two different ids (users,
// events) would be stored as one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A string of 1 to max characters without control characters or lone surrogates (PostgreSQL refuses NUL). */
export const plainText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !hasControlCharacters(s), 'must not contain control characters')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode (it holds a lone surrogate)');

export const userIdSchema = plainText(128);

/** One event as it arrives (the wire shape; validateEvents adds the checks that need the clock). */
export const eventSchema = z.strictObject({
  id: plainText(128),
  userId: userIdSchema,
  type: z.enum(EVENT_TYPES),
  occurredAt: z
    .string()
    .max(40)
    .regex(ISO_WITH_ZONE, 'must be ISO-8601 with a zone, e.g. 2026-01-31T12:00:00Z'),
  value: z.number().finite().nonnegative().max(MAX_VALUE).optional(),
  clientId: plainText(128).optional(),
});

export const ingestBodySchema = z.strictObject({
  events: z
    .array(z.unknown())
    .min(1, 'at least one event')
    .max(MAX_BATCH, `at most ${MAX_BATCH} events`),
});

/** Internal backfills (the demo seed) commit larger batches: each statement is planned once per batch. */
export const MAX_BACKFILL_BATCH = 10_000;
export const backfillBodySchema = ingestBodySchema.extend({
  events: z
    .array(z.unknown())
    .min(1, 'at least one event')
    .max(MAX_BACKFILL_BATCH, `at most ${MAX_BACKFILL_BATCH} events`),
});

function valueIssue(type: EventType, value: number | undefined): string | null {
  if (COUNTED_EVENT_TYPES.has(type)) {
    if (value === undefined) return null;
    return Number.isInteger(value) && value >= 1
      ? null
      : 'must be a whole number of at least 1 for ' + type;
  }
  if (value === undefined) return `is required for ${type}`;
  if (type === 'session.concurrency' && !Number.isInteger(value)) return 'must be a whole number';
  return null;
}

function timeIssue(occurredAt: number, now: number): string | null {
  if (Number.isNaN(occurredAt)) return 'is not a valid date and time';
  if (occurredAt < now - MAX_EVENT_AGE_MS) return 'is more than 35 days in the past';
  if (occurredAt > now + MAX_FUTURE_MS) return 'is more than 5 minutes in the future';
  return null;
}

/** Validates raw events; returns normalised events, or every problem found as {index, field, reason}. */
export function validateEvents(
  raw: unknown[],
  now: number,
  opts: { backfill?: boolean } = {},
): { ok: true; events: UsageEvent[] } | { ok: false; issues: EventIssue[] } {
  const issues: EventIssue[] = [];
  const events: UsageEvent[] = [];
  raw.forEach((item, index) => {
    // The usual, valid event skips zod (a tenth of an ingest request's CPU); anything else gets
    // zod's verdict and messages.
    let e = plainEvent(item);
    if (!e) {
      const parsed = eventSchema.safeParse(item);
      if (!parsed.success) {
        for (const i of parsed.error.issues) {
          issues.push({ index, field: i.path.join('.') || '(event)', reason: i.message });
        }
        return;
      }
      e = parsed.data;
    }
    const occurredAt = Date.parse(e.occurredAt);
    const vIssue = valueIssue(e.type, e.value);
    if (vIssue) issues.push({ index, field: 'value', reason: vIssue });
    const tIssue = opts.backfill && !Number.isNaN(occurredAt) ? null : timeIssue(occurredAt, now);
    if (tIssue) issues.push({ index, field: 'occurredAt', reason: tIssue });
    if (vIssue || tIssue) return;
    events.push({
      userId: e.userId,
      id: e.id,
      type: e.type,
      occurredAt,
      value: storedValue(e.value ?? 1),
      clientId: e.clientId ?? null,
    });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, events };
}

/**
 * A value as the database keeps it (numeric with 6 decimals). Rounded here, once, so that a repeat
 * in the same batch is compared as a repeat in a later batch is (against the stored row): two
 * values that differ only past the sixth decimal are the same event in both, not a conflict in one.
 */
export function storedValue(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

type WireEvent = z.output<typeof eventSchema>;
const TYPES: ReadonlySet<unknown> = new Set(EVENT_TYPES);
const KEYS: ReadonlySet<string> = new Set([
  'id',
  'userId',
  'type',
  'occurredAt',
  'value',
  'clientId',
]);
const isText = (v: unknown, max: number) =>
  typeof v === 'string' &&
  v.length >= 1 &&
  v.length <= max &&
  !CONTROL.test(v) &&
  !LONE_SURROGATE.test(v);

/**
 * The item as eventSchema would give it when it plainly satisfies eventSchema, else null (then
 * eventSchema decides). Never accepts what eventSchema refuses (events.test.ts checks both).
 */
export function plainEvent(item: unknown): WireEvent | null {
  if (typeof item !== 'object' || item === null || Object.getPrototypeOf(item) !== Object.prototype)
    return null;
  for (const k of Object.keys(item)) if (!KEYS.has(k)) return null;
  const o = item as Record<string, unknown>;
  const { value, clientId, occurredAt } = o;
  if (!isText(o.id, 128) || !isText(o.userId, 128) || !TYPES.has(o.type)) return null;
  if (typeof occurredAt !== 'string' || occurredAt.length > 40 || !ISO_WITH_ZONE.test(occurredAt))
    return null;
  if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= MAX_VALUE))
    return null;
  if (clientId !== undefined && !isText(clientId, 128)) return null;
  return o as WireEvent;
}
