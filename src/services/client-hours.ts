import { clientColumn, NO_CLIENT } from '../domain/client-metrics.js';
import { METRIC_DEFS } from '../domain/metrics.js';
import type { ClientHoursQuery, ClientHoursResponse } from '../contracts/clients.js';
import { clientHours } from '../store/queries/client-usage/client-hours.js';
import { topClients } from '../store/queries/client-usage/top-clients.js';
import { clientSources } from './client-sources.js';
import type { Call } from './context.js';
import { bucketLabels, rangeOrInvalid } from './range.js';
import { refuseBeforeHourlyHorizon } from './hourly-horizon.js';
import { forReading } from './read-replica.js';
import { userZone } from './user-zone.js';

/** One summed metric (api_calls by default) per local hour of a range of up to 31 days, for the caller's top clients over it and all others together; exact (hourly client rollups, raw events for what is not rolled up yet). */
export async function getClientHours({
  ctx,
  input,
}: Call<{ userId: string; query: ClientHoursQuery }>): Promise<ClientHoursResponse> {
  const { userId, query } = input;
  const zone = await userZone({ ctx, input: { userId } });
  const tz = query.tz ?? zone;
  const range = rangeOrInvalid(
    { period: query.period, from: query.from, to: query.to, groupBy: 'hour', tz },
    ctx.now(),
    ctx.caches?.ranges,
  );
  // Hours before HOURLY_RETENTION_DAYS are gone: a 400 that says so, never zeros (ADR 15).
  refuseBeforeHourlyHorizon(ctx, { groupBy: 'hour' }, tz, zone, range.start, true);
  const db = (await forReading(ctx, userId)).db;
  const hours = range.buckets;
  const cuts = [...hours.map((h) => h.start), range.end];
  const sources = await clientSources(db, userId, zone, cuts, true);
  const metric = query.metric;
  const column = clientColumn(metric);
  const eventType = METRIC_DEFS[metric].eventType!;
  const top = await topClients(db, userId, column, eventType, sources, query.limit);
  const names = top.top.map((c) => c.client);
  const rows = await clientHours(
    db,
    userId,
    column,
    eventType,
    hours,
    sources.hourly,
    sources.raw,
    names,
  );
  const series = new Map(names.map((n) => [n, new Array<number>(hours.length).fill(0)]));
  const other = new Array<number>(hours.length).fill(0);
  for (const r of rows) {
    const target = r.client === null ? other : series.get(r.client);
    if (target && r.k >= 0 && r.k < hours.length) target[r.k] = r.value;
  }
  return {
    period: { from: range.fromDate, to: range.toDate, tz },
    metric,
    hours: bucketLabels(range).starts,
    series: top.top.map((c) => ({
      client: c.client === NO_CLIENT ? null : c.client,
      total: c.value,
      values: series.get(c.client)!,
    })),
    other: { clients: top.clients - top.top.length, values: other },
  };
}
