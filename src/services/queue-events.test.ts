import { describe, expect, it } from 'vitest';
import type { UsageEvent } from '../domain/events.js';
import type { ServiceContext } from './context.js';
import { queueEvents } from './queue-events.js';

const now = Date.parse('2026-11-28T12:00:00Z');
const ev = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  userId: 'u1',
  type: 'api.call',
  occurredAt: '2026-11-28T11:00:00Z',
  ...over,
});

describe('queueEvents', () => {
  it('publishes each (user, id) once and answers repeats in the batch as duplicates or conflicts', async () => {
    const published: UsageEvent[][] = [];
    const ctx = {
      now: () => now,
      eventStream: { publish: async (events: UsageEvent[]) => void published.push(events) },
    } as unknown as ServiceContext;
    const body = {
      events: [ev('a'), ev('b'), ev('a'), ev('b', { value: 2 }), ev('a', { userId: 'u2' })],
    };
    expect(await queueEvents({ ctx, input: { body } })).toEqual({
      queued: 3,
      duplicates: 1,
      conflicts: [{ index: 3, id: 'b', reason: expect.any(String) }],
    });
    expect(published[0]!.map((e) => [e.userId, e.id, e.value])).toEqual([
      ['u1', 'a', 1],
      ['u1', 'b', 1],
      ['u2', 'a', 1],
    ]);
  });
});
