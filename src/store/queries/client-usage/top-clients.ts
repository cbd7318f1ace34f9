import type { Queryable } from '../../db.js';
import { CLIENT_SUMS_CTE, sourceParams, type ClientSources } from './client-rows-sql.js';

export type { ClientSources } from './client-rows-sql.js';

export interface TopClients {
  top: { client: string; value: number }[];
  total: number;
  clients: number;
}

/**
 * A user's clients with the largest sums of one metric over the sources (each client's stored
 * rows plus its raw events), at most `limit`, largest first (ties by client id in code-point
 * order), with the total and the number of clients with any of it. Memory and answer size stay
 * bounded by `limit` whatever the number of clients: the database keeps only the top rows while it sorts.
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
    `WITH ${CLIENT_SUMS_CTE(column)},
     t AS (SELECT coalesce(sum(v), 0)::float8 AS total, count(*)::int AS n FROM g)
     SELECT top.client_id, top.v::float8 AS value, t.total, t.n FROM t
     LEFT JOIN LATERAL (SELECT * FROM g ORDER BY v DESC, client_id COLLATE "C" LIMIT $11) top ON true`,
    sourceParams(userId, eventType, sources, limit),
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
