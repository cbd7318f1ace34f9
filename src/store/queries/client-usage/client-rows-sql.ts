import type { Bucket } from '../../../domain/calendar.js';
import { bounds } from '../period-columns.js';

/** Where a range's client numbers come from: stored rows per level, raw events for the rest. */
export interface ClientSources {
  monthly: Bucket[];
  daily: Bucket[];
  hourly: Bucket[];
  raw: Bucket[];
  /** Daily rows to take back out: stale days inside a monthly row (their raw events count instead). */
  minusDaily?: Bucket[];
  /** Stale days rolled up in the user's zone: their daily rows count (less minusHourly, plus raw). */
  openDaily?: Bucket[];
  /** Hourly rows to take back out: the stale hours of openDaily's days (their raw events count instead). */
  minusHourly?: Bucket[];
}

const ROWS = (level: string, p: number) => `
  SELECT h.client_id, h.COL AS v FROM unnest($${p}::timestamptz[], $${p + 1}::timestamptz[]) AS r(s, e)
  JOIN usage_client_history h ON h.user_id = $1 AND h.period_type = '${level}'
    AND h.period_start >= r.s AND h.period_start < r.e`;

/**
 * A CTE `g` of each client's sum of one metric column over the sources (stored rows per level,
 * less the daily and hourly rows to take out, plus raw events of the event type), clients with a positive
 * sum only. Parameters from sourceParams; $1 is the user, $11 is left for the caller.
 */
export const CLIENT_SUMS_CTE = (column: string) =>
  `src AS (
     ${ROWS('monthly', 2)} UNION ALL ${ROWS('daily', 4)} UNION ALL ${ROWS('hourly', 6)}
     UNION ALL ${ROWS('daily', 12).replace('h.COL AS v', '-h.COL AS v')}
     UNION ALL ${ROWS('hourly', 14).replace('h.COL AS v', '-h.COL AS v')}
     UNION ALL
     SELECT coalesce(ev.client_id, ''), ev.value FROM unnest($8::timestamptz[], $9::timestamptz[]) AS r(s, e)
     JOIN usage_events ev ON ev.user_id = $1 AND ev.event_type = $10
       AND ev.occurred_at >= r.s AND ev.occurred_at < r.e),
   g AS (SELECT client_id, sum(v) AS v FROM src GROUP BY client_id HAVING sum(v) > 0)`.replace(
    /COL/g,
    column,
  );

/** The parameters of CLIENT_SUMS_CTE, with `extra` as $11 (openDaily counts as daily). */
export const sourceParams = (
  userId: string,
  eventType: string,
  sources: ClientSources,
  extra: unknown,
) => [
  userId,
  ...bounds(sources.monthly),
  ...bounds([...sources.daily, ...(sources.openDaily ?? [])]),
  ...bounds(sources.hourly),
  ...bounds(sources.raw),
  eventType,
  extra,
  ...bounds(sources.minusDaily ?? []),
  ...bounds(sources.minusHourly ?? []),
];
