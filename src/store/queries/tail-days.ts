// The open tail of a history: stale days totalled from raw events, each with its distinct clients,
// in one scan (the totals are those of aggregate-events.ts, the one definition of a raw total).
import type { Bucket } from '../../domain/calendar.js';
import type { Period } from '../../domain/period-values.js';
import type { Queryable } from '../db.js';
import { AGGREGATE_EVENTS_SQL, assertDisjoint } from './aggregate-events.js';
import { bounds, toPeriod, type PeriodRow } from './period-columns.js';

const withClients = (sql: string) => {
  const out = sql
    .replace(
      'count(DISTINCT ev.client_id)::int AS unique_clients,',
      `count(DISTINCT ev.client_id)::int AS unique_clients,
       array_agg(DISTINCT ev.client_id) FILTER (WHERE ev.client_id IS NOT NULL) AS clients,`,
    )
    .replace(
      'coalesce(agg.event_count, 0) AS event_count',
      'coalesce(agg.event_count, 0) AS event_count, agg.clients',
    );
  // Both columns or a loud failure at start, should the shared statement change shape.
  if ((out.match(/AS clients|agg\.clients/g) ?? []).length !== 2)
    throw new Error('tail-days: AGGREGATE_EVENTS_SQL changed shape');
  return out;
};
const TAIL_SQL = `${withClients(AGGREGATE_EVENTS_SQL)} ORDER BY b.s`;

export interface TailDay extends Period {
  clients: string[];
}

/** Totals of a user's raw events over each (disjoint) bucket with its distinct clients, in bucket order. */
export async function tailDays(
  q: Queryable,
  userId: string,
  buckets: Bucket[],
): Promise<TailDay[]> {
  if (buckets.length === 0) return [];
  assertDisjoint(buckets);
  const rows = await q.query<PeriodRow & { clients: string[] | null }>(TAIL_SQL, [
    userId,
    ...bounds(buckets),
  ]);
  return rows.map(({ clients, ...row }) => ({ ...toPeriod(row), clients: clients ?? [] }));
}
