// Media queries as state: the phone layout draws simplified charts.
import { useSyncExternalStore } from 'react';
import { useHost } from './useHost.js';

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

/** Widest phone layout, in CSS pixels (app.css's "(max-width: 699px)" rules). */
export const PHONE_MAX_WIDTH = 699;
export const PHONE = `(max-width: ${PHONE_MAX_WIDTH}px)`;
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** The phone layout: the embedded component's width when it is embedded, else the viewport's. */
export function usePhone(): boolean {
  const viewport = useMedia(PHONE);
  return useHost().phone ?? viewport;
}
