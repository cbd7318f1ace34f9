// Who is signed in: a token from the platform's link, or in demo mode one minted for a demo user.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../lib/api.js';
import { loadToken, saveToken, sessionStore, tokenClaims } from '../lib/auth.js';
import type { DemoUser } from '../lib/types.js';

export interface Session {
  token: string | null;
  userId: string | null;
  /** null while asking the server whether it runs the demo. */
  demo: DemoUser[] | false | null;
  /** Why there is no token: never had one, it expired or was refused, or the link was not a token. */
  signedOutReason: SignedOutReason;
  switchUser(userId: string): void;
  switching: boolean;
  /** Drops the token (the API refused it); demo mode then signs in again. */
  expire(): void;
}

export type SignedOutReason = 'none' | 'expired' | 'invalid';

const store = sessionStore;

/** The session; `linkProblem` is what was wrong with a sign-in link this page was opened with. */
export function useSession(linkProblem: 'expired' | 'invalid' | null = null): Session {
  const qc = useQueryClient();
  const [token, setToken] = useState<string | null>(() => loadToken(store()));
  const [reason, setReason] = useState<SignedOutReason>(linkProblem ?? 'none');
  const demoQuery = useQuery({
    queryKey: ['demo-users'],
    queryFn: async () => {
      try {
        return (await api.demoUsers()).users;
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return false as const;
        throw e;
      }
    },
    staleTime: Infinity,
    retry: 1,
  });
  const demo = demoQuery.data ?? (demoQuery.isError ? false : null);
  const mint = useMutation({
    mutationFn: (userId: string) => api.demoSession(userId),
    onSuccess: (r) => {
      saveToken(store(), r.token);
      setToken(r.token);
      setReason('none');
    },
  });
  const { mutate, isPending, isError } = mint;
  // Demo mode without a token: sign in as the first demo user (the switcher changes user) - but
  // not after a refused or expired link: that is said, and the person chooses the way back.
  useEffect(() => {
    if (!token && reason === 'none' && demo && demo.length && !isPending && !isError) {
      mutate(demo[0]!.id);
    }
  }, [token, reason, demo, isPending, isError, mutate]);
  const switchUser = useCallback((userId: string) => mutate(userId), [mutate]);
  const expire = useCallback(() => {
    saveToken(store(), null);
    setToken(null);
    // A link that never worked stays "invalid"; one that worked and stopped is "expired".
    setReason((r) => (r === 'invalid' ? r : 'expired'));
    qc.removeQueries({ queryKey: ['usage'] });
  }, [qc]);
  return {
    token,
    userId: token ? tokenClaims(token).sub : null,
    demo,
    signedOutReason: reason,
    switchUser,
    switching: isPending,
    expire,
  };
}
