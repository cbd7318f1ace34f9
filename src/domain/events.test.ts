import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eventSchema,
  MAX_EVENT_AGE_MS,
  MAX_FUTURE_MS,
  plainEvent,
  validateEvents,
} from './events.js';

const now = Date.parse('2026-11-28T12:00:00Z');
const ev = (over: Record<string, unknown> = {}) => ({
  id: 'e1',
  userId: 'u1',
  type: 'session.created',
  occurredAt: '2026-11-28T11:00:00Z',
  ...over,
});

describe('validateEvents', () => {
  it('normalises a counted event to value 1', () => {
    const r = validateEvents([ev()], now);
    expect(r).toEqual({
      ok: true,
      events: [
        {
          id: 'e1',
          userId: 'u1',
          type: 'session.created',
          occurredAt: Date.parse('2026-11-28T11:00:00Z'),
          value: 1,
          clientId: null,
        },
      ],
    });
  });

  it('accepts exactly 35 days old and exactly 5 minutes ahead, refuses a second beyond', () => {
    const at = (ms: number) => ev({ occurredAt: new Date(ms).toISOString() });
    expect(validateEvents([at(now - MAX_EVENT_AGE_MS), at(now + MAX_FUTURE_MS)], now).ok).toBe(
      true,
    );
    const r = validateEvents(
      [at(now - MAX_EVENT_AGE_MS - 1000), at(now + MAX_FUTURE_MS + 1000)],
      now,
    );
    expect(r).toEqual({
      ok: false,
      issues: [
        { index: 0, field: 'occurredAt', reason: 'is more than 35 days in the past' },
        { index: 1, field: 'occurredAt', reason: 'is more than 5 minutes in the future' },
      ],
    });
  });

  it('lists every problem with its index and field', () => {
    const r = validateEvents(
      [
        ev({ type: 'nope' }),
        ev({ value: 1.5 }),
        ev({ type: 'audio.processed' }),
        ev({ userId: 'x'.repeat(129) }),
        ev({ plan: 'pro' }),
        ev({ occurredAt: '2026-11-28 11:00' }),
        ev({ value: Number.NaN }),
      ],
      now,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.index, i.field])).toEqual([
      [0, 'type'],
      [1, 'value'],
      [2, 'value'],
      [3, 'userId'],
      [4, '(event)'],
      [5, 'occurredAt'],
      [6, 'value'],
    ]);
  });

  it('keeps decimal audio minutes and a client id', () => {
    const r = validateEvents([ev({ type: 'audio.processed', value: 12.25, clientId: 'c-1' })], now);
    expect(r.ok && r.events[0]).toMatchObject({ value: 12.25, clientId: 'c-1' });
  });
});

describe('plainEvent (the fast path past zod)', () => {
  // Values near every edge of eventSchema, for every field, and fields it does not know.
  const text = fc.oneof(
    fc.constantFrom('', 'a', 'x'.repeat(128), 'x'.repeat(129), 'a\u0000b', 'a\u001fb', 'a\u007f'),
    fc.constantFrom('é', '\u0080', 'a b', '"q"', '\\', '\ud800', 'a\udc00', '\ud83d\ude00'),
    fc.string({ maxLength: 130 }),
  );
  const odd = fc.constantFrom<unknown>(null, undefined, 1, true, [], {}, 'x');
  const field = (v: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: v }, odd);
  const event = fc.record(
    {
      id: field(text),
      userId: field(text),
      type: field(fc.constantFrom('api.call', 'audio.processed', 'nope', 'API.CALL', '')),
      occurredAt: field(
        fc.constantFrom(
          '2026-11-28T11:00:00Z',
          '2026-11-28T11:00Z',
          '2026-11-28T11:00:00.123456789+01:00',
          '2026-11-28T11:00:00.1234567890Z',
          '2026-11-28 11:00:00Z',
          '2026-11-28T11:00:00',
          '2026-11-28T11:00:00.000000000000000000000000+01:00',
          `2026-11-28T11:00:00.${'1'.repeat(30)}Z`,
        ),
      ),
      value: field(
        fc.oneof(
          fc.constantFrom(0, -0, -1e-9, 1e9, 1e9 + 1, Number.NaN, Infinity, -Infinity, 1.5),
          fc.double(),
        ),
      ),
      clientId: field(text),
      plan: fc.constant('pro'),
    },
    { requiredKeys: [] },
  );

  it('accepts only what eventSchema accepts, giving what it gives', () => {
    fc.assert(
      fc.property(event, (e) => {
        const fast = plainEvent(e);
        const zod = eventSchema.safeParse(e);
        if (fast) expect(zod.success && zod.data).toEqual(fast);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a lone surrogate in an id: stored as UTF-8, two users would become one', () => {
    const checked = validateEvents(
      [ev({ userId: 'u\ud800' }), ev({ id: 'e\udfff' }), ev({ userId: 'u\ud83d\ude00' })],
      Date.parse('2026-11-28T12:00:00Z'),
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((i) => [i.index, i.field])).toEqual([
      [0, 'userId'],
      [1, 'id'],
    ]);
  });

  it('takes the usual events itself, and nothing that is not a plain object', () => {
    expect(plainEvent(ev())).not.toBeNull();
    expect(plainEvent(ev({ type: 'audio.processed', value: 2.5, clientId: 'c' }))).not.toBeNull();
    expect(plainEvent(Object.assign(Object.create(null), ev()))).toBeNull();
    expect(plainEvent([ev()])).toBeNull();
  });
});
