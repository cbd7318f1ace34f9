import { describe, expect } from 'vitest';
import type { UsageEvent } from '../../domain/events.js';
import { dbTest as test } from '../testing.js';
import { aggregateEvents } from './aggregate-events.js';
import { insertEvents } from './insert-events.js';

const H = 3_600_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');

describe('aggregateEvents', () => {
  test.beforeAll(async ({ t }) => {
    const ev = (
      id: string,
      hour: number,
      type: UsageEvent['type'],
      value: number,
      client: string | null = null,
    ) =>
      ({
        userId: 'agg',
        id,
        type,
        occurredAt: T0 + hour * H,
        value,
        clientId: client,
      }) as UsageEvent;
    await insertEvents(t.db, [
      ev('a', 0.5, 'session.created', 2, 'c1'),
      ev('b', 1.5, 'session.created', 3, 'c2'),
      ev('c', 2.5, 'session.created', 100, 'c3'), // in the gap between the runs below
      ev('d', 3, 'storage.measured', 10),
      ev('e', 3.9, 'storage.measured', 7),
      ev('f', 3.2, 'api.call', 4, 'c1'),
      ev('g', 5, 'session.created', 1000), // after every bucket
    ]);
  });

  test('totals each bucket of runs with gaps, in any order, leaving the gap and the outside out', async ({
    t,
  }) => {
    const buckets = [
      { start: T0 + 3 * H, end: T0 + 4 * H },
      { start: T0, end: T0 + H },
      { start: T0 + H, end: T0 + 2 * H },
      { start: T0 + 4 * H, end: T0 + 5 * H },
    ];
    const rows = await aggregateEvents(t.db, 'agg', buckets);
    expect(
      rows.map((r) => [
        r.start,
        r.values.sessions,
        r.values.storage_mb,
        r.values.unique_clients,
        r.values.event_count,
      ]),
    ).toEqual([
      [T0, 2, null, 1, 1],
      [T0 + H, 3, null, 1, 1],
      [T0 + 3 * H, 0, 7, 1, 3],
      [T0 + 4 * H, 0, null, 0, 0],
    ]);
    expect(rows[2]!.values.storage_mb_peak).toBe(10);
    expect(rows[2]!.values.api_calls).toBe(4);
  });

  test('refuses overlapping buckets', async ({ t }) => {
    await expect(
      aggregateEvents(t.db, 'agg', [
        { start: T0, end: T0 + 2 * H },
        { start: T0 + H, end: T0 + 3 * H },
      ]),
    ).rejects.toThrow(/overlapping/);
  });
});
