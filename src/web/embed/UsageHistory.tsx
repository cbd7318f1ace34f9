// <UsageHistory>: the usage dashboard inside a host React app. Rendered in a shadow root (no CSS
// crosses either way), themed with the host's colours, its view state kept in the component
// (the host's URL is the host's), and every API call sent through the host's fetcher or with the
// read token the platform minted for the user.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Dashboard } from '../components/Dashboard.js';
import { HostContext, type DashboardHost } from '../hooks/useHost.js';
import { PHONE_MAX_WIDTH, useMedia } from '../hooks/useMedia.js';
import type { Session } from '../hooks/useSession.js';
import type { Theme } from '../hooks/useTheme.js';
import { shouldRetry } from '../lib/api.js';
import { tokenClaims } from '../lib/auth.js';
import { useCatalogue } from '../hooks/useCatalogue.js';
import { bindTransport, createHandle, releaseTransport, type Fetcher } from '../lib/transport.js';
import { parseViewState, withRange } from '../lib/url-state.js';
import { memoryViewStore } from '../lib/view-store.js';
import { CONTAINER_CLASS, ROOT_CLASS } from './scoped-css.js';
import { EMBED_CSS } from './styles.js';
import { ShadowView } from './ShadowView.js';
import { themePalettes, themeVariables, type UsageHistoryTheme } from './theme.js';

export interface UsageHistoryProps {
  /** A read token the platform minted for the user (scope read), sent as bearer to `baseUrl`. */
  token?: string;
  /**
   * The host's fetch, called with (`baseUrl` + API path, init) for every API call. Use it to go
   * through the host's own backend, which adds the credential, so the browser never holds a token.
   */
  fetcher?: Fetcher;
  /** Where the Usage Insights API is, e.g. "https://insights.example.com" ('' = this origin). */
  baseUrl?: string;
  defaultPeriod?: '7d' | '30d' | '3m' | '12m' | 'this_month' | 'last_month';
  theme?: UsageHistoryTheme;
  /** The API refused the credential (an expired token): pass a new `token` to carry on. */
  onUnauthorized?: () => void;
  /** The name shown as the signed-in user (default: the token's subject, else none). */
  userId?: string;
}

const LIGHT = '(prefers-color-scheme: light)';

function newClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, gcTime: 30 * 60_000 },
    },
  });
}

/** The usage dashboard for one user, embedded: give it `token` or `fetcher`. */
export function UsageHistory(props: UsageHistoryProps) {
  const { token, fetcher, baseUrl = '', defaultPeriod = '30d', theme, onUnauthorized } = props;
  const [client] = useState(newClient);
  // The host page's language (its <html lang>): the embedded dashboard speaks the host's, and
  // renders once that language's catalogue is here.
  const i18n = useCatalogue();
  const [handle] = useState(createHandle);
  const [viewStore] = useState(() => memoryViewStore(withRange(parseViewState(''), defaultPeriod)));
  // Bound during render: the dashboard's first requests start in its effects, before ours run.
  const transport = useMemo(
    () => ({
      baseUrl: baseUrl.replace(/\/+$/, ''),
      fetcher: fetcher ?? ((url: string, init: RequestInit) => fetch(url, init)),
      token: token ?? null,
    }),
    [baseUrl, fetcher, token],
  );
  bindTransport(handle, transport);
  useEffect(() => {
    bindTransport(handle, transport);
    return () => releaseTransport(handle);
  }, [handle, transport]);

  // The phone layout follows the component's width (a narrow column of a wide page gets it), as
  // its stylesheet's container queries do; the charts read it from the host.
  // A callback ref: the element appears only once the shadow root exists, after this mounts.
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const [phone, setPhone] = useState(false);
  useEffect(() => {
    const el = box;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const seen = new ResizeObserver(([e]) => {
      if (e && e.contentRect.width > 0) setPhone(e.contentRect.width <= PHONE_MAX_WIDTH);
    });
    seen.observe(el);
    return () => seen.disconnect();
  }, [box]);

  const systemLight = useMedia(LIGHT);
  const [chosen, setChosen] = useState<Theme | null>(null);
  const mode: Theme = chosen ?? theme?.mode ?? (systemLight ? 'light' : 'dark');
  const host: DashboardHost = useMemo(
    () => ({ viewStore, ownsPage: false, palettes: themePalettes(theme), phone }),
    [viewStore, theme, phone],
  );
  const style = useMemo(() => themeVariables(theme) as CSSProperties, [theme]);

  // Refused credentials: said so until the host gives another one.
  const credential = token ?? (fetcher ? 'fetcher' : '');
  const [refused, setRefused] = useState<string | null>(null);
  const session: Session = useMemo(
    () => ({
      token: handle,
      userId: props.userId ?? (token ? tokenClaims(token).sub : null),
      demo: false,
      signedOutReason: 'none',
      switchUser: () => {},
      switching: false,
      expire: () => {
        client.removeQueries({ queryKey: ['usage'] });
        setRefused(credential);
        onUnauthorized?.();
      },
    }),
    [handle, props.userId, token, client, credential, onUnauthorized],
  );

  return (
    <ShadowView css={EMBED_CSS}>
      <div className={CONTAINER_CLASS} ref={setBox}>
        <div
          className={ROOT_CLASS}
          data-theme={mode}
          data-layout={phone ? 'phone' : 'wide'}
          style={style}
        >
          {i18n && (
            <I18nextProvider i18n={i18n}>
              <QueryClientProvider client={client}>
                <HostContext.Provider value={host}>
                  {refused === credential ? (
                    <main className="signin">
                      <div className="panel signin-card" role="alert">
                        <h1>{i18n.t('app.name')}</h1>
                        <p>{i18n.t('app.expiredEmbed')}</p>
                      </div>
                    </main>
                  ) : (
                    <Dashboard
                      session={session}
                      theme={mode}
                      onToggleTheme={() => setChosen(mode === 'dark' ? 'light' : 'dark')}
                    />
                  )}
                </HostContext.Provider>
              </QueryClientProvider>
            </I18nextProvider>
          )}
        </div>
      </div>
    </ShadowView>
  );
}
