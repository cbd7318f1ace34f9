// A host app embedding Usage Insights three ways (choose with ?embed=):
// - component (default): <UsageHistory fetcher> through this app's own backend (server.mjs
//   proxies /insights/* and adds the credential), so the browser never holds a token;
// - token: <UsageHistory token baseUrl> calling the Usage Insights server directly (CORS, the
//   server lists this origin in EMBED_ALLOWED_ORIGINS);
// - iframe: the /embed page, sized by the server's embed.js.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { UsageHistory, type UsageHistoryTheme } from 'usage-insights/react';
import './host.css';

interface HostConfig {
  /** Where the Usage Insights server is, for the iframe and the token mode. */
  insightsUrl: string;
  /** A short-lived read token (only the token and iframe modes put one in the browser). */
  browserToken: string;
}

const THEME: UsageHistoryTheme = {
  mode: 'light',
  accent: '#7c3aed',
  onAccent: '#ffffff',
  background: '#f5f3ff',
  surface: '#fbfaff',
  border: '#e4dcf7',
};

// The host's fetch: same origin, to its own backend, which adds the credential.
const viaHostBackend = (url: string, init: RequestInit) => fetch(url, init);

function Embedded({ mode, config }: { mode: string; config: HostConfig }) {
  if (mode === 'iframe') {
    const q = new URLSearchParams({
      origin: window.location.origin,
      token: config.browserToken,
      accent: THEME.accent!,
    });
    return (
      <iframe
        className="host-frame"
        title="Usage (iframe)"
        src={`${config.insightsUrl}/embed?${q}`}
      />
    );
  }
  if (mode === 'token') {
    return (
      <UsageHistory
        token={config.browserToken}
        baseUrl={config.insightsUrl}
        defaultPeriod="3m"
        theme={THEME}
      />
    );
  }
  return (
    <UsageHistory fetcher={viaHostBackend} baseUrl="/insights" defaultPeriod="3m" theme={THEME} />
  );
}

function Host() {
  const mode = new URLSearchParams(window.location.search).get('embed') ?? 'component';
  const [config, setConfig] = useState<HostConfig | null>(null);
  useEffect(() => {
    void fetch('/config.json')
      .then((r) => r.json())
      .then(setConfig);
  }, []);
  // The sizing script comes from the Usage Insights server (for the iframe).
  useEffect(() => {
    if (mode !== 'iframe' || !config) return;
    const s = document.createElement('script');
    s.src = `${config.insightsUrl}/embed.js`;
    document.head.append(s);
  }, [mode, config]);
  return (
    <>
      <header className="host-header">
        <h1 className="host-title">Acme Platform</h1>
        <button type="button" className="btn host-button">
          Host button
        </button>
      </header>
      <section className="host-section" data-embed={mode}>
        {config ? <Embedded mode={mode} config={config} /> : <p>Loading…</p>}
      </section>
      <footer className="host-section host-footer">Below the usage view</footer>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <Host />
  </StrictMode>,
);
