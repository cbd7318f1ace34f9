// Where the dashboard's view state lives: the address bar on its own page (links reproduce a view,
// back and forward walk through views), or the component's memory when embedded in a host app,
// whose URL belongs to the host. Both are external stores for useSyncExternalStore.
import { parseViewState, serializeViewState, type ViewState } from './url-state.js';

export interface ViewStore {
  get(): ViewState;
  set(next: ViewState): void;
  subscribe(onChange: () => void): () => void;
}

/** The view in this page's URL: pushState on change, popstate on back and forward. */
export function urlViewStore(win: Window = window): ViewStore {
  let search = win.location.search;
  let state = parseViewState(search);
  const here = () => `${win.location.pathname}${win.location.search}`;
  const urlFor = (s: ViewState) => {
    const q = serializeViewState(s);
    return `${win.location.pathname}${q ? `?${q}` : ''}`;
  };
  const listeners = new Set<() => void>();
  const read = () => {
    if (win.location.search !== search) {
      search = win.location.search;
      state = parseViewState(search);
    }
    return state;
  };
  return {
    get: read,
    set(next) {
      const url = urlFor(next);
      if (url !== here()) win.history.pushState(null, '', url);
      search = win.location.search;
      state = next;
      for (const l of listeners) l();
    },
    subscribe(onChange) {
      // Write back the canonical form of what was read (drops unknown or invalid parameters).
      const canonical = urlFor(read());
      if (canonical !== here()) {
        win.history.replaceState(null, '', canonical);
        search = win.location.search;
      }
      listeners.add(onChange);
      win.addEventListener('popstate', onChange);
      return () => {
        listeners.delete(onChange);
        win.removeEventListener('popstate', onChange);
      };
    },
  };
}

/** A view kept in memory, starting from `initial` (an embedded dashboard). */
export function memoryViewStore(initial: ViewState): ViewStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      state = next;
      for (const l of listeners) l();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => void listeners.delete(onChange);
    },
  };
}
