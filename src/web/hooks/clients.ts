// The clients of the viewed range: top clients with shares (the clients panel and the client
// filter's choices), asked again while the tab is visible, with the answer's ETag.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getConditional, LIVE_MS } from '../lib/live.js';
import type { TopClients } from '../lib/types.js';
import type { ViewState } from '../lib/url-state.js';

export type ClientMetric = TopClients['metric'];

/** GET /api/usage/clients for the view's range (never filtered by the view's client). */
export function useTopClients(
  token: string,
  user: string,
  view: Pick<ViewState, 'period' | 'from' | 'to' | 'tz'>,
  metric: ClientMetric,
  limit: number,
) {
  const q = new URLSearchParams({ period: view.period, metric, limit: String(limit) });
  if (view.period === 'custom' && view.from && view.to) {
    q.set('from', view.from);
    q.set('to', view.to);
  }
  if (view.tz) q.set('tz', view.tz);
  const path = `/api/usage/clients?${q.toString()}`;
  return useQuery({
    queryKey: ['usage', user, 'clients', path],
    queryFn: ({ client, queryKey }) =>
      getConditional<TopClients>(token, path, client.getQueryData<TopClients>(queryKey)),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    // A top list over many clients costs more than a history read: asked less often.
    refetchInterval: 3 * LIVE_MS,
  });
}
