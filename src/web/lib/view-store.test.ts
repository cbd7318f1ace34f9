import { describe, expect, it, vi } from 'vitest';
import { parseViewState } from './url-state.js';
import { memoryViewStore, urlViewStore } from './view-store.js';

/** A window with just the location, history and popstate the URL store uses. */
function fakeWindow(search: string) {
  const location = { pathname: '/', search };
  const listeners = new Set<() => void>();
  const go = (_s: unknown, _t: string, url: string) => {
    location.search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  };
  const history = { pushState: vi.fn(go), replaceState: vi.fn(go) };
  const win = {
    location,
    history,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  const back = (to: string) => {
    location.search = to;
    for (const l of listeners) l();
  };
  return { win: win as unknown as Window, history, back, location };
}

describe('view stores', () => {
  it('keeps the view in the URL: canonical on subscribe, pushed on change, read on back', () => {
    const { win, history, back, location } = fakeWindow('?period=7d&bogus=1');
    const store = urlViewStore(win);
    const seen = vi.fn();
    const stop = store.subscribe(seen);
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/?period=7d');
    const first = store.get();
    expect(store.get()).toBe(first);
    store.set({ ...first, period: '12m', groupBy: 'month' });
    expect(location.search).toMatch(/^\?period=12m\b/);
    expect(seen).toHaveBeenCalledTimes(1);
    back('?period=7d');
    expect(seen).toHaveBeenCalledTimes(2);
    expect(store.get().period).toBe('7d');
    stop();
    back('?period=3m');
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('keeps an embedded view in memory, never in the URL', () => {
    const store = memoryViewStore(parseViewState('?period=3m'));
    const seen = vi.fn();
    store.subscribe(seen);
    store.set({ ...store.get(), period: '7d', groupBy: 'day' });
    expect(store.get().period).toBe('7d');
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
