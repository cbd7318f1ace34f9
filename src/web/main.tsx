// Entry: take a sign-in token out of the URL, then render the app.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.js';
import { shouldRetry } from './lib/api.js';
import { saveToken, takeTokenFromUrl } from './lib/auth.js';
import './styles/app.css';

const { token, cleanUrl, problem } = takeTokenFromUrl(window.location.href);
// A link given but unusable drops any earlier session too: never show another account instead.
if (token || problem) saveToken(window.sessionStorage, token);
if (cleanUrl !== window.location.href) window.history.replaceState(null, '', cleanUrl);

// The charts are the page: fetch their code now, alongside the first API calls, not after them.
void import('./charts/EChart.js');

const client = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false, gcTime: 30 * 60_000 },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <App linkProblem={problem ?? null} />
    </QueryClientProvider>
  </StrictMode>,
);
