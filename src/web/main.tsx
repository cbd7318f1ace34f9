// Entry: take a sign-in token out of the URL, start what the first chart needs, load the app.
// This file and its imports stay small: everything it starts (the first view's history, the
// chart code, the app itself) is fetched in parallel once it runs, instead of after the app's
// script has downloaded and run (bench/dashboard-load.ts --waterfall shows the difference).
import { loadToken, saveToken, sessionStore, takeTokenFromUrl } from './lib/auth.js';
import { fetchCatalogue } from './lib/catalogue-chunks.js';
import { resolveLocale } from '../domain/i18n/locale.js';
import { fetchEarly } from './lib/early.js';
import { clientHistoryQuery, parseViewState } from './lib/url-state.js';

// The operator console (/admin) is its own small app, loaded only there.
const admin = window.location.pathname.replace(/\/+$/, '') === '/admin';
const embedded = window.location.pathname === '/embed';
const { token, cleanUrl, problem } = admin
  ? { token: null, cleanUrl: window.location.href, problem: undefined }
  : takeTokenFromUrl(window.location.href);
// A link given but unusable drops any earlier session too: never show another account instead.
if (token || problem) saveToken(sessionStore(), token);
if (cleanUrl !== window.location.href) window.history.replaceState(null, '', cleanUrl);

if (!admin) {
  // The charts are the page: their code and the first view's data now, alongside the app.
  void import('./charts/EChart.js');
  // Embedded, the host's transport sends requests; the app's own page sends them itself.
  const signedIn = embedded ? null : loadToken(sessionStore());
  if (signedIn) {
    const view = parseViewState(window.location.search);
    fetchEarly(signedIn, `/api/usage/history?${clientHistoryQuery(view)}`);
  }
}

// The page's language, when not English, is a chunk of its own: fetched now too; the app renders
// once it is here (render-app.tsx), so a German page never shows English first.
const lang = new URLSearchParams(window.location.search).get('lang');
void fetchCatalogue(resolveLocale(lang, navigator.languages ?? [navigator.language]))?.catch(
  () => {},
);

void import('./render-app.js').then((m) => m.renderApp({ admin, embedded, problem }));
