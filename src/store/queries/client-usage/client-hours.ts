import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';
import { bounds } from '../period-columns.js';

/**
 * One metric per hour bucket for each of the named clients and for all other clients together
 * (client null), from stored hourly client rows in `stored` and raw events in `raw`. Rows only
 * where there is usage; k is the bucket's index in `hours` (sorted, adjacent hours).
 */
export async function clientHours(
  q: Queryable,
  userId: string,
  column: string,
  eventType: string,
  hours: Bucket[],
  stored: Bucket[],
  raw: Bucket[],
  clients: string[],
): Promise<{ k: number; client: string | null; value: number }[]> {
  if (hours.length === 0) return [];
  return q.query(
    `WITH starts AS (SELECT $2::timestamptz[] AS a),
     src AS (
       SELECT h.period_start AS t, h.client_id, h.${column} AS v
       FROM unnest($3::timestamptz[], $4::timestamptz[]) AS r(s, e)
       JOIN usage_client_history h ON h.user_id = $1 AND h.period_type = 'hourly'
         AND h.period_start >= r.s AND h.period_start < r.e
       UNION ALL
       SELECT ev.occurred_at, coalesce(ev.client_id, ''), ev.value
       FROM unnest($5::timestamptz[], $6::timestamptz[]) AS r(s, e)
       JOIN usage_events ev ON ev.user_id = $1 AND ev.event_type = $7
         AND ev.occurred_at >= r.s AND ev.occurred_at < r.e)
     SELECT width_bucket(src.t, starts.a) - 1 AS k,
       CASE WHEN src.client_id = ANY($8::text[]) THEN src.client_id END AS client,
       sum(src.v)::float8 AS value
     FROM src CROSS JOIN starts
     GROUP BY 1, 2 HAVING sum(src.v) > 0`,
    [
      userId,
      hours.map((h) => new Date(h.start).toISOString()),
      ...bounds(stored),
      ...bounds(raw),
      eventType,
      clients,
    ],
  );
}
