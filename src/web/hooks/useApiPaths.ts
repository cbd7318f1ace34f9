// Which API paths this server has, from its OpenAPI document: features whose API has not landed
// on this server (an older deployment) are simply not offered.
import { useQuery } from '@tanstack/react-query';
import { send } from '../lib/transport.js';

/** `token`: the caller's token or embedded handle, so an embedded view asks its own server. */
export function useApiPaths(token: string | null = null): Set<string> | null {
  const q = useQuery({
    queryKey: ['api-paths'],
    queryFn: async () => {
      const res = await send(token, '/api/openapi.json', {
        headers: { accept: 'application/json' },
      });
      if (!res.ok) return new Set<string>();
      const doc = (await res.json()) as { paths?: Record<string, unknown> };
      return new Set(Object.keys(doc.paths ?? {}));
    },
    staleTime: Infinity,
    retry: false,
  });
  return q.data ?? null;
}
