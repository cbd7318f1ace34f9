// The view state, from the store the dashboard's host provides: the address bar on the app's own
// page (lib/view-store.ts), the component's memory when embedded.
import { useCallback, useSyncExternalStore } from 'react';
import type { ViewState } from '../lib/url-state.js';
import { useHost } from './useHost.js';

export function useViewState(): [ViewState, (next: ViewState) => void] {
  const { viewStore } = useHost();
  const state = useSyncExternalStore(viewStore.subscribe, viewStore.get);
  const navigate = useCallback((next: ViewState) => viewStore.set(next), [viewStore]);
  return [state, navigate];
}
