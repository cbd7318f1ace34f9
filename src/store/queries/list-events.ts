import type { Queryable } from '../db.js';

export interface EventRow {
  id: string;
  type: string;
  occurredAt: Date;
  value: number;
  clientId: string | null;
  /** The exact stored time in microseconds since the epoch: the keyset cursor (a Date keeps only ms). */
  atMicros: string;
}

/** One page of a user's raw events in [from, to), ordered by time then id, after the keyset cursor. */
export async function listEventsPage(
  q: Queryable,
  userId: string,
  from: number,
  to: number,
  after: { atMicros: string; id: string } | null,
  limit: number,
): Promise<EventRow[]> {
  const rows = await q.query<{
    event_id: string;
    event_type: string;
    occurred_at: Date;
    value: number;
    client_id: string | null;
    at_us: string;
  }>(
    `SELECT event_id, event_type, occurred_at, value, client_id,
       (extract(epoch FROM occurred_at) * 1000000)::bigint::text AS at_us
     FROM usage_events
     WHERE user_id = $1 AND occurred_at >= $2 AND occurred_at < $3
       AND (occurred_at, event_id) > (
         coalesce(to_timestamp($4::numeric / 1000000), '-infinity'), coalesce($5::text, ''))
     ORDER BY occurred_at, event_id LIMIT $6`,
    [
      userId,
      new Date(from).toISOString(),
      new Date(to).toISOString(),
      after?.atMicros ?? null,
      after?.id ?? null,
      limit,
    ],
  );
  return rows.map((r) => ({
    id: r.event_id,
    type: r.event_type,
    occurredAt: r.occurred_at,
    value: r.value,
    clientId: r.client_id,
    atMicros: r.at_us,
  }));
}
