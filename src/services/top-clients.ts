import { clientColumn } from '../domain/client-metrics.js';
import { METRIC_DEFS } from '../domain/metrics.js';
import type { TopClientsQuery, TopClientsResponse } from '../contracts/clients.js';
import { NO_CLIENT } from '../domain/client-metrics.js';
import { topClients as readTopClients } from '../store/queries/client-usage/top-clients.js';
import { topClientsFromParts } from './client-parts.js';
import { clientSources } from './client-sources.js';
import type { Call } from './context.js';
import { rangeOrInvalid } from './range.js';
import { forReading } from './read-replica.js';
import { userZone } from './user-zone.js';

const share = (v: number, total: number) => (total > 0 ? Math.round((v / total) * 1e4) / 1e4 : 0);

/** The caller's top clients of one summed metric over a range in its zone, each with its share, the rest as one "other"; exact, answer size bounded by the limit; the closed days' sums are kept between requests (read after a first request's one pass). */
export async function getTopClients({
  ctx,
  input,
}: Call<{ userId: string; query: TopClientsQuery }>): Promise<TopClientsResponse> {
  const { userId, query } = input;
  const zone = await userZone({ ctx, input: { userId } });
  const tz = query.tz ?? zone;
  const range = rangeOrInvalid(
    { period: query.period, from: query.from, to: query.to, groupBy: 'day', tz },
    ctx.now(),
    ctx.caches?.ranges,
  );
  const db = (await forReading(ctx, userId)).db;
  const sources = await clientSources(db, userId, zone, [range.start, range.end]);
  const metric = query.metric;
  const column = clientColumn(metric);
  const eventType = METRIC_DEFS[metric].eventType!;
  // Ranges of the user's own days are made of parts (client-parts.ts); others (hours of another
  // zone's offset) are read in one pass.
  const byDay = sources.monthly.length + sources.daily.length > 0;
  const onePass = () => readTopClients(db, userId, column, eventType, sources, query.limit);
  const found =
    byDay && ctx.caches
      ? await topClientsFromParts(
          db,
          ctx.caches.clientSums,
          ctx.now(),
          {
            userId,
            zone,
            column,
            eventType,
            sources,
            start: range.start,
            end: range.end,
            limit: query.limit,
          },
          onePass,
        )
      : await onePass();
  const named = found.top.reduce((n, c) => n + c.value, 0);
  const rest = Math.max(0, found.total - named);
  return {
    period: { from: range.fromDate, to: range.toDate, tz },
    metric,
    total: found.total,
    clientCount: found.clients,
    clients: found.top.map((c) => ({
      client: c.client === NO_CLIENT ? null : c.client,
      value: c.value,
      share: share(c.value, found.total),
    })),
    other: {
      clients: found.clients - found.top.length,
      value: Math.round(rest * 1e6) / 1e6,
      share: share(rest, found.total),
    },
  };
}
