// Data for the views, cached per user and query: the previous view stays while the next loads,
// and a view seen before comes back at once.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../lib/api.js';
import { shiftMonth } from '../../domain/dates.js';
import { clientHistoryQuery, type ViewState } from '../lib/url-state.js';
import { getConditional, LIVE_MS } from '../lib/live.js';
import type { History } from '../lib/types.js';

const STALE = 60_000;

export function useHistory(token: string, user: string, view: ViewState) {
  const query = clientHistoryQuery(view);
  return useQuery({
    queryKey: ['usage', user, 'history', query],
    // Live: asked again every few seconds with the shown answer's ETag (see lib/live.ts).
    queryFn: ({ client, queryKey }) =>
      getConditional<History>(
        token,
        `/api/usage/history?${query}`,
        client.getQueryData<History>(queryKey),
      ),
    placeholderData: keepPreviousData,
    staleTime: STALE,
    refetchInterval: LIVE_MS,
  });
}

export function useCurrent(token: string, user: string, tz?: string) {
  return useQuery({
    queryKey: ['usage', user, 'current', tz ?? ''],
    queryFn: () => api.current(token, tz),
    staleTime: STALE,
    // Month to date has no entity tag: asked less often than the history.
    refetchInterval: 5 * LIVE_MS,
  });
}

/** Twelve calendar months ending with the current billing month, by month. */
export function useMonthly(
  token: string,
  user: string,
  monthStart?: string,
  monthEnd?: string,
  tz?: string,
  client?: string,
) {
  const query =
    monthStart && monthEnd
      ? clientHistoryQuery({
          period: 'custom',
          from: shiftMonth(monthStart, -11),
          to: monthEnd,
          groupBy: 'month',
          ...(tz ? { tz } : {}),
          ...(client ? { client } : {}),
        })
      : '';
  return useQuery({
    queryKey: ['usage', user, 'history', query],
    queryFn: ({ client, queryKey }) =>
      getConditional<History>(
        token,
        `/api/usage/history?${query}`,
        client.getQueryData<History>(queryKey),
      ),
    enabled: !!query,
    refetchInterval: LIVE_MS,
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}

/**
 * An endpoint that may not exist on this server yet (the analytics APIs land separately):
 * `absent` when it answers 404, so its panel is simply not shown.
 */
export function useOptionalApi<T>(token: string, user: string, path: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['usage', user, 'optional', path],
    queryFn: async (): Promise<{ absent: true } | { absent: false; data: T }> => {
      try {
        return { absent: false, data: await api.get<T>(token, path) };
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return { absent: true };
        throw e;
      }
    },
    staleTime: STALE,
    retry: false,
  });
}
