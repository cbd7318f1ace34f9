import type { Bucket } from '../../domain/calendar.js';
import type { Queryable } from '../db.js';
import { bounds } from './period-columns.js';

/**
 * Distinct clients of a user in each bucket. With useClientDays, clean days come from the client-day
 * table and the raw ranges from events; otherwise everything comes from events.
 */
export async function distinctClients(
  q: Queryable,
  userId: string,
  buckets: Bucket[],
  opts: { useClientDays: boolean; rawRanges: Bucket[] },
): Promise<number[]> {
  if (buckets.length === 0) return [];
  const [bs, be] = bounds(buckets);
  const [rs, re] = bounds(opts.rawRanges);
  // One index range scan per bucket (client days, or raw events only inside the raw ranges):
  // a range join over all buckets at once made the planner compare every pair.
  const rows = await q.query<{ ord: number; n: number }>(
    `WITH b AS (SELECT * FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS b(s, e, ord)),
     raw AS (SELECT * FROM unnest($4::timestamptz[], $5::timestamptz[]) AS r(s, e))
     SELECT b.ord::int AS ord, (
       SELECT count(DISTINCT x.client_id)::int FROM (
         SELECT c.client_id FROM usage_client_days c
         WHERE $6 AND c.user_id = $1 AND c.day_start >= b.s AND c.day_start < b.e
           AND NOT EXISTS (SELECT 1 FROM raw WHERE c.day_start >= raw.s AND c.day_start < raw.e)
         UNION ALL
         SELECT ev.client_id FROM raw JOIN usage_events ev ON ev.user_id = $1
           AND ev.occurred_at >= greatest(raw.s, b.s) AND ev.occurred_at < least(raw.e, b.e)
         WHERE $6 AND ev.client_id IS NOT NULL
         UNION ALL
         SELECT ev.client_id FROM usage_events ev
         WHERE NOT $6 AND ev.user_id = $1 AND ev.client_id IS NOT NULL AND ev.occurred_at >= b.s AND ev.occurred_at < b.e
       ) x) AS n
     FROM b ORDER BY b.ord`,
    [userId, bs, be, rs, re, opts.useClientDays],
  );
  return rows.map((r) => r.n);
}
