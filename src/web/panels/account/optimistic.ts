// Account changes shown at once (TanStack Query's optimistic update): the settings list is
// changed in the cache before the server answers, put back as it was if the server refuses or
// cannot be reached, and read again either way.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../lib/api.js';
import { pageT } from '../../lib/locale.js';

type Settings<T> = { absent: true } | { absent: false; data: T };

/** A change to `path`'s settings shown at once by `update`, rolled back with `rollbackText` on failure. */
export function useOptimisticChange<T, I, O>(
  token: string,
  user: string,
  path: string,
  send: (token: string, input: I) => Promise<O>,
  update: (data: T, input: I) => T,
  /** The list once the server answered, before it is read again (a placeholder gets its real id). */
  settle?: (data: T, input: I, output: O) => T,
) {
  const qc = useQueryClient();
  const key = ['usage', user, 'optional', path];
  return useMutation({
    mutationFn: (input: I) => send(token, input),
    onMutate: async (input: I) => {
      // A read in flight would overwrite the optimistic list with the old one.
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<Settings<T>>(key);
      if (previous && !previous.absent) {
        const next: Settings<T> = { absent: false, data: update(previous.data, input) };
        qc.setQueryData(key, next);
      }
      return { previous };
    },
    onSuccess: (output: O, input: I) => {
      const now = qc.getQueryData<Settings<T>>(key);
      if (settle && now && !now.absent) {
        const next: Settings<T> = { absent: false, data: settle(now.data, input, output) };
        qc.setQueryData(key, next);
      }
    },
    onError: (_e, _input, context) => {
      if (context?.previous) qc.setQueryData(key, context.previous);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
}

/** What a failed optimistic change says: what failed (already in the page's language), why, and that nothing changed. */
export function rollbackText(what: string, e: unknown): string | null {
  if (!e) return null;
  const t = pageT();
  const why =
    e instanceof ApiError && e.status > 0 && e.status < 500
      ? e.message
      : e instanceof ApiError && e.status === 0
        ? e.message
        : t('account.serverFailed');
  return t('account.rollback', { what, why });
}
