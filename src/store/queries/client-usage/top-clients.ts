import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';
import { bounds } from '../period-columns.js';

/** Where a range's client numbers come from: stored rows per level, raw events for the rest. */
export interface ClientSources {
  monthly: Bucket[];
  daily: Bucket[];
  hourly: Bucket[];
  raw: Bucket[];
  /** Daily rows to take back out: stale days inside a monthly row (their raw events count instead). */
  minusDaily?: Bucket[];
}

export interface TopClients {
  top: { client: string; value: number }[];
  total: number;
  clients: number;
}

const ROWS = (level: string, p: number) => `
  SELECT h.client_id, h.COL AS v FROM unnest($${p}::timestamptz[], $${p + 1}::timestamptz[]) AS r(s, e)
  JOIN usage_client_history h ON h.user_id = $1 AND h.period_type = '${level}'
    AND h.period_start >= r.s AND h.period_start < r.e`;

/**
 * A user's clients with the largest sums of one metric over the sources (each client's stored
 * rows plus its raw events), at most `limit`, largest first, with the total and the number of
 * clients with any of it. Memory and answer size stay bounded by `limit` whatever the number of
 * clients: the database keeps only the top rows while it sorts.
 */
export async function topClients(
  q: Queryable,
  userId: string,
  column: string,
  eventType: string,
  sources: ClientSources,
  limit: number,
): Promise<TopClients> {
  const rows = await q.query<{
    client_id: string | null;
    value: number | null;
    total: number;
    n: number;
  }>(
    `WITH src AS (
       ${ROWS('monthly', 2)} UNION ALL ${ROWS('daily', 4)} UNION ALL ${ROWS('hourly', 6)}
       UNION ALL ${ROWS('daily', 12).replace('h.COL AS v', '-h.COL AS v')}
       UNION ALL
       SELECT coalesce(ev.client_id, ''), ev.value FROM unnest($8::timestamptz[], $9::timestamptz[]) AS r(s, e)
       JOIN usage_events ev ON ev.user_id = $1 AND ev.event_type = $10
         AND ev.occurred_at >= r.s AND ev.occurred_at < r.e),
     g AS (SELECT client_id, sum(v) AS v FROM src GROUP BY client_id HAVING sum(v) > 0),
     t AS (SELECT coalesce(sum(v), 0)::float8 AS total, count(*)::int AS n FROM g)
     SELECT top.client_id, top.v::float8 AS value, t.total, t.n FROM t
     LEFT JOIN LATERAL (SELECT * FROM g ORDER BY v DESC, client_id LIMIT $11) top ON true`.replace(
      /COL/g,
      column,
    ),
    [
      userId,
      ...bounds(sources.monthly),
      ...bounds(sources.daily),
      ...bounds(sources.hourly),
      ...bounds(sources.raw),
      eventType,
      limit,
      ...bounds(sources.minusDaily ?? []),
    ],
  );
  const first = rows[0];
  return {
    top: rows
      .filter((r) => r.client_id !== null)
      .map((r) => ({ client: r.client_id!, value: r.value ?? 0 })),
    total: first?.total ?? 0,
    clients: first?.n ?? 0,
  };
}
