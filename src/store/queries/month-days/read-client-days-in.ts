import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';
import { bounds } from '../period-columns.js';

export interface ClientDay {
  start: number;
  client: string;
}

/** A user's client-day rows (usage_client_days) starting inside the given ranges, by start. */
export async function readClientDaysIn(
  q: Queryable,
  userId: string,
  ranges: Bucket[],
): Promise<ClientDay[]> {
  if (ranges.length === 0) return [];
  return q.query<ClientDay>(
    `SELECT (extract(epoch FROM c.day_start) * 1000)::float8 AS start, c.client_id AS client
     FROM unnest($2::timestamptz[], $3::timestamptz[]) AS r(s, e)
     JOIN usage_client_days c ON c.user_id = $1 AND c.day_start >= r.s AND c.day_start < r.e
     ORDER BY c.day_start`,
    [userId, ...bounds(ranges)],
  );
}
