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
  const rows = await q.query<{ ord: number; n: number }>(
    `WITH b AS (SELECT * FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS b(s, e, ord)),
     raw AS (SELECT * FROM unnest($4::timestamptz[], $5::timestamptz[]) AS r(s, e)),
     lo AS (SELECT min(s) AS s, max(e) AS e FROM b),
     seen AS (
       SELECT c.day_start AS t, c.client_id FROM usage_client_days c, lo
       WHERE $6 AND c.user_id = $1 AND c.day_start >= lo.s AND c.day_start < lo.e
         AND NOT EXISTS (SELECT 1 FROM raw WHERE c.day_start >= raw.s AND c.day_start < raw.e)
       UNION ALL
       SELECT ev.occurred_at, ev.client_id FROM usage_events ev, lo
       WHERE ev.user_id = $1 AND ev.client_id IS NOT NULL AND ev.occurred_at >= lo.s AND ev.occurred_at < lo.e
         AND (NOT $6 OR EXISTS (SELECT 1 FROM raw WHERE ev.occurred_at >= raw.s AND ev.occurred_at < raw.e))
     )
     SELECT b.ord::int AS ord, count(DISTINCT seen.client_id)::int AS n
     FROM b LEFT JOIN seen ON seen.t >= b.s AND seen.t < b.e
     GROUP BY b.ord ORDER BY b.ord`,
    [userId, bs, be, rs, re, opts.useClientDays],
  );
  return rows.map((r) => r.n);
}
