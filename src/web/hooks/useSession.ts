// Who is signed in: a token from the platform's link, or in demo mode one minted for a demo user.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../lib/api.js';
import { loadToken, saveToken, tokenClaims } from '../lib/auth.js';
import type { DemoUser } from '../lib/types.js';

export interface Session {
  token: string | null;
  userId: string | null;
  /** null while asking the server whether it runs the demo. */
  demo: DemoUser[] | false | null;
  /** Why there is no token: never had one, or it expired or was refused. */
  signedOutReason: 'none' | 'expired';
  switchUser(userId: string): void;
  switching: boolean;
  /** Drops the token (the API refused it); demo mode then signs in again. */
  expire(): void;
}

const store = () => window.sessionStorage;

export function useSession(): Session {
  const qc = useQueryClient();
  const [token, setToken] = useState<string | null>(() => loadToken(store()));
  const [reason, setReason] = useState<'none' | 'expired'>('none');
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
  // Demo mode without a token: sign in as the first demo user (the switcher changes user).
  useEffect(() => {
    if (!token && demo && demo.length && !isPending && !isError) mutate(demo[0]!.id);
  }, [token, demo, isPending, isError, mutate]);
  const switchUser = useCallback((userId: string) => mutate(userId), [mutate]);
  const expire = useCallback(() => {
    saveToken(store(), null);
    setToken(null);
    setReason('expired');
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
