// Shared by the account sections: the cached list of a settings endpoint and changes to it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useOptionalApi } from '../../hooks/queries.js';
import { api, ApiError } from '../../lib/api.js';
import { pageFormatTag, pageT } from '../../lib/locale.js';

export function useSettings<T>(token: string, user: string, path: string) {
  return useOptionalApi<T>(token, user, path);
}

/** A change to the server, then the listed paths read again. */
export function useChange<I, O>(
  token: string,
  user: string,
  refresh: string[],
  send: (token: string, input: I) => Promise<O>,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => send(token, input),
    onSettled: () =>
      Promise.all(
        refresh.map((p) => qc.invalidateQueries({ queryKey: ['usage', user, 'optional', p] })),
      ),
  });
}

export const errorText = (e: unknown) =>
  e instanceof ApiError ? e.message : e ? pageT()('account.failed') : null;

export { api };

export const dateTime = (iso: string | null | undefined) =>
  iso
    ? new Intl.DateTimeFormat(pageFormatTag(), {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(iso))
    : pageT()('account.never');
