// What the dashboard needs from the page it runs in: where its view state lives, whether it owns
// the document (its title), and the chart colours. The app's own page is the default; the
// embeddable component (src/web/embed) provides its own, so the dashboard is not forked.
import { createContext, useContext } from 'react';
import { PALETTES, type ChartPalette } from '../charts/theme.js';
import { urlViewStore, type ViewStore } from '../lib/view-store.js';
import type { Theme } from './useTheme.js';

export interface DashboardHost {
  viewStore: ViewStore;
  /** The dashboard is the whole page (sets the document title); false inside a host app. */
  ownsPage: boolean;
  /** Chart colours per theme: the app's, or the host's theme mapped onto them. */
  palettes: Record<Theme, ChartPalette>;
  /** The phone layout, from the component's own width; absent: from the viewport's (the app's page). */
  phone?: boolean;
}

export const HostContext = createContext<DashboardHost | null>(null);

// The page's URL is one per page, so its store is too (made on first use: tests have no window).
let page: DashboardHost | null = null;

export function useHost(): DashboardHost {
  const host = useContext(HostContext);
  if (host) return host;
  page ??= { viewStore: urlViewStore(), ownsPage: true, palettes: PALETTES };
  return page;
}
