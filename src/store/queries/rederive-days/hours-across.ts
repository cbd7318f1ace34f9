import type { Queryable } from '../../db.js';

/**
 * Hourly rows that start before one of the cuts and end after it (rows of an earlier zone whose
 * hours do not meet the current zone's days): their start and the cut they cross.
 */
export async function hoursAcross(
  q: Queryable,
  userId: string,
  cuts: number[],
): Promise<{ start: number; cut: number }[]> {
  if (cuts.length === 0) return [];
  return q.query<{ start: number; cut: number }>(
    `SELECT (extract(epoch FROM h.period_start) * 1000)::float8 AS start,
       (extract(epoch FROM c.cut) * 1000)::float8 AS cut
     FROM unnest($2::timestamptz[]) AS c(cut)
     JOIN usage_history h ON h.user_id = $1 AND h.period_type = 'hourly'
       AND h.period_start < c.cut AND h.period_start > c.cut - interval '1 day' AND h.period_end > c.cut`,
    [userId, cuts.map((t) => new Date(t).toISOString())],
  );
}
