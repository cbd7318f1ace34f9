// The app itself, loaded by the entry (main.tsx) once it has started the first view's requests.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../domain/i18n/instance.js';
import { App } from './components/App.js';
import { shouldRetry } from './lib/api.js';
import type { LinkProblem } from './lib/auth.js';
import { EmbedPage, hostOrigin, reportHeight } from './embed/page.js';
import './styles/app.css';
import { installTelemetry } from './telemetry/install.js';
import { loadCatalogue } from './lib/catalogues.js';
import { startLocale } from './lib/locale.js';

const AdminApp = lazy(() => import('./admin/AdminApp.js').then((m) => ({ default: m.AdminApp })));

/** Renders the dashboard, the operator console or the embedded view into #root. */
export function renderApp({
  admin,
  embedded,
  problem,
}: {
  admin: boolean;
  embedded: boolean;
  problem: LinkProblem | undefined;
}): void {
  // The page's language: `lang=` in the link, else the browser's; kept on <html lang> for screen
  // readers and the formatters (src/web/lib/locale.ts).
  const locale = startLocale(window.location.search, navigator.languages ?? [navigator.language]);
  document.documentElement.lang = locale;

  // Reports the dashboard's own use to our server unless the browser asks not to (DNT, GPC).
  if (!admin) installTelemetry();

  // /embed: framed by a host app (only an allowed one: the server's CSP), which sizes the frame.
  const framer = embedded ? hostOrigin(window.location.search) : null;
  if (framer) reportHeight(window, framer);

  const client = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, gcTime: 30 * 60_000 },
    },
  });

  // Another language than English is its own chunk (main.tsx asked for it already): render once it
  // is here. If it cannot be fetched: English, and <html lang> says so, as the formatters read it.
  void loadCatalogue(locale).then((ready) => {
    if (!ready) document.documentElement.lang = 'en';
    const i18n = createI18n(document.documentElement.lang);
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <QueryClientProvider client={client}>
            {admin ? (
              <Suspense fallback={null}>
                <AdminApp />
              </Suspense>
            ) : embedded ? (
              <EmbedPage linkProblem={problem ?? null} />
            ) : (
              <App linkProblem={problem ?? null} />
            )}
          </QueryClientProvider>
        </I18nextProvider>
      </StrictMode>,
    );
  });
}
