// Media queries as state: the phone layout draws simplified charts.
import { useSyncExternalStore } from 'react';

export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (cb) => {
      const mq = window.matchMedia(query);
      mq.addEventListener('change', cb);
      return () => mq.removeEventListener('change', cb);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

export const PHONE = '(max-width: 699px)';
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
