// A month part is kept whole: a range that ends mid-month must not leave a part that later
// stands in for the whole month (a longer range read the days after that end as zero).
import { expect } from 'vitest';
import { historyQuerySchema } from '../domain/history-query.js';
import { getHistory } from './get-history.js';
import { ingestEvents } from './ingest-events.js';
import { runPendingRollups } from './rebuild-rollups.js';
import { serviceTest } from './testing.js';

const test = serviceTest('2026-11-20T12:00:00Z');

test('a range ending mid-month, then a longer one: every day of the month is there', async ({
  ctx,
}) => {
  const events = Array.from({ length: 19 }, (_, i) => ({
    id: `e${i}`,
    userId: 'parts',
    type: 'session.created',
    occurredAt: `2026-11-${String(i + 1).padStart(2, '0')}T10:00:00Z`,
    value: 3,
  }));
  await ingestEvents({ ctx, input: { body: { events }, backfill: true } });
  await runPendingRollups({ ctx, input: { retentionDays: 400 } });
  const days = async (from: string, to: string) => {
    const query = historyQuerySchema.parse({ period: 'custom', from, to, metrics: 'sessions' });
    const h = await getHistory({ ctx, input: { userId: 'parts', query } });
    return h.buckets.map((b) => b.sessions);
  };
  expect(await days('2026-11-02', '2026-11-15')).toEqual(new Array(14).fill(3));
  expect(await days('2026-10-30', '2026-11-20')).toEqual([0, 0, ...new Array(19).fill(3), 0]);
});
