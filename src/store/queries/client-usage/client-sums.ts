import type { Queryable } from '../../db.js';
import { CLIENT_SUMS_CTE, sourceParams, type ClientSources } from './client-rows-sql.js';

/** Each client's sum, as two parallel arrays. */
export interface ClientSums {
  clients: string[];
  values: number[];
}

/**
 * Every client of a user with a positive sum of one metric over the sources, with that sum, largest
 * first (ties by client id in byte order): the whole list, for callers that keep it (the closed days of top clients) and add the rest in memory.
 */
export async function clientSums(
  q: Queryable,
  userId: string,
  column: string,
  eventType: string,
  sources: ClientSources,
): Promise<ClientSums> {
  const rows = await q.query<{ client_id: string; v: number }>(
    `WITH ${CLIENT_SUMS_CTE(column)}
     SELECT client_id, v::float8 AS v FROM g WHERE $11::int IS NULL
     ORDER BY v DESC, client_id COLLATE "C"`,
    sourceParams(userId, eventType, sources, null),
  );
  const out: ClientSums = { clients: new Array(rows.length), values: new Array(rows.length) };
  for (let i = 0; i < rows.length; i++) {
    out.clients[i] = rows[i]!.client_id;
    out.values[i] = rows[i]!.v;
  }
  return out;
}
