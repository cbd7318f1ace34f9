// The /embed page, for hosts that frame the dashboard instead of importing the component:
// the app as on its own page, but with its view kept in memory (the address carries the host's
// origin, and the host's page is what the visitor navigates), the host's colours from the query,
// and its height posted to the host so the host's script (public/embed.js) sizes the iframe.
import { useState } from 'react';
import { App } from '../components/App.js';
import { HostContext, type DashboardHost } from '../hooks/useHost.js';
import type { LinkProblem } from '../lib/auth.js';
import { parseViewState } from '../lib/url-state.js';
import { memoryViewStore } from '../lib/view-store.js';
import { themePalettes, themeVariables, type UsageHistoryTheme } from './theme.js';

export const HEIGHT_MESSAGE = 'usage-insights:height';
const COLOUR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
const COLOUR_KEYS = ['accent', 'background', 'surface', 'text', 'muted', 'border'] as const;

/** The host's colours from the query (`accent=7c3aed`, ...); anything not a hex colour is ignored. */
export function themeFromQuery(search: string): UsageHistoryTheme {
  const q = new URLSearchParams(search);
  const theme: UsageHistoryTheme = {};
  for (const k of COLOUR_KEYS) {
    const v = q.get(k);
    if (v && COLOUR.test(v)) theme[k] = v.startsWith('#') ? v : `#${v}`;
  }
  return theme;
}

/** The origin the page may post its height to: `?origin=`, when it is an origin at all. */
export function hostOrigin(search: string): string | null {
  const o = new URLSearchParams(search).get('origin');
  if (!o) return null;
  try {
    return new URL(o).origin === o ? o : null;
  } catch {
    return null;
  }
}

/**
 * Posts the page's height to the host whenever it changes. Only to `origin`: the server lets
 * only that origin frame this page (EMBED_ALLOWED_ORIGINS), so nothing else receives it.
 */
export function reportHeight(win: Window, origin: string): () => void {
  let last = -1;
  const post = () => {
    const height = Math.ceil(win.document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, origin);
  };
  const observer = new ResizeObserver(post);
  observer.observe(win.document.body);
  post();
  return () => observer.disconnect();
}

export function EmbedPage({ linkProblem }: { linkProblem: LinkProblem | null }) {
  const [host] = useState<DashboardHost>(() => {
    const theme = themeFromQuery(window.location.search);
    for (const [k, v] of Object.entries(themeVariables(theme))) {
      document.documentElement.style.setProperty(k, v);
    }
    return {
      viewStore: memoryViewStore(parseViewState(window.location.search)),
      ownsPage: false,
      palettes: themePalettes(theme),
    };
  });
  return (
    <HostContext.Provider value={host}>
      <App linkProblem={linkProblem} />
    </HostContext.Provider>
  );
}
