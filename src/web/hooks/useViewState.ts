// The view state kept in the address bar: pushState on change, popstate on back and forward.
import { useCallback, useEffect, useState } from 'react';
import { parseViewState, serializeViewState, type ViewState } from '../lib/url-state.js';

function urlFor(s: ViewState): string {
  const q = serializeViewState(s);
  return `${window.location.pathname}${q ? `?${q}` : ''}`;
}

export function useViewState(): [ViewState, (next: ViewState) => void] {
  const [state, setState] = useState(() => parseViewState(window.location.search));
  // Once, on mount: later changes go through navigate or popstate.
  useEffect(() => {
    // Write back the canonical form of what was read (drops unknown or invalid parameters).
    const canonical = urlFor(state);
    if (canonical !== `${window.location.pathname}${window.location.search}`) {
      window.history.replaceState(null, '', canonical);
    }
    const onPop = () => setState(parseViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: ViewState) => {
    const url = urlFor(next);
    if (url !== `${window.location.pathname}${window.location.search}`) {
      window.history.pushState(null, '', url);
    }
    setState(next);
  }, []);
  return [state, navigate];
}
