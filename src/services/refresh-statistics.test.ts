// The embedded database has no autovacuum: refreshStatistics is what gives its planner numbers.
import { describe, expect } from 'vitest';
import { refreshStatistics } from './refresh-statistics.js';
import { serviceTest } from './testing.js';

const test = serviceTest('2026-11-20T12:00:00Z');

async function estimate(t: { db: { query: <R>(s: string) => Promise<R[]> } }) {
  const [r] = await t.db.query<{ n: number }>(
    `SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'usage_events_default'::regclass`,
  );
  return r!.n;
}

describe('refreshStatistics', () => {
  test('analyzes a table that grew, then nothing until it grows again', async ({ ctx, t }) => {
    await t.db.query(
      `INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value)
       SELECT 'u' || (i % 7), 'e' || i, 'api.call', '2020-01-01'::timestamptz + i * interval '1 minute', 1
       FROM generate_series(1, 20000) i`,
    );
    const first = await refreshStatistics({ ctx, input: { always: true } });
    expect(first.some((n) => n.endsWith('.usage_events_default'))).toBe(true);
    expect(await estimate(t)).toBeGreaterThan(15_000);
    expect(await refreshStatistics({ ctx, input: { always: true } })).toEqual([]);
  });

  test('runs by itself on the embedded database only; a server has autovacuum', async ({
    ctx,
    t,
  }) => {
    await t.db.query(
      `INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value)
       SELECT 'v', 'f' || i, 'api.call', '2020-02-01'::timestamptz + i * interval '1 minute', 1
       FROM generate_series(1, 20000) i`,
    );
    const r = await refreshStatistics({ ctx, input: {} });
    if (ctx.db.kind === 'pg') expect(r).toEqual([]);
    else expect(r.some((n) => n.endsWith('.usage_events_default'))).toBe(true);
  });
});
