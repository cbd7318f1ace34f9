// The operator console at /admin: signing in with a service token, then the console.
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { adminToken } from './admin-api.js';
import { Console } from './Console.js';
import './admin.css';

/** Takes `?token=` out of the address (kept for this browser session only). */
function tokenFromUrl(): string | null {
  const url = new URL(window.location.href);
  const t = url.searchParams.get('token');
  if (t === null) return null;
  url.searchParams.delete('token');
  window.history.replaceState(null, '', url.pathname + url.search);
  return /^[A-Za-z0-9._~+/=-]{10,4096}$/.test(t) ? t : null;
}

export function AdminApp() {
  const { t } = useTranslation();
  const [token, setToken] = useState<string | null>(() => {
    const t = tokenFromUrl();
    if (t) adminToken.save(t);
    return t ?? adminToken.load();
  });
  const [draft, setDraft] = useState('');
  const signIn = (e: FormEvent) => {
    e.preventDefault();
    const t = draft.trim();
    if (!t) return;
    adminToken.save(t);
    setToken(t);
  };
  if (token)
    return (
      <Console
        token={token}
        onSignOut={() => {
          adminToken.save(null);
          setToken(null);
        }}
      />
    );
  return (
    <main id="main" className="signin">
      <form className="panel signin-card" onSubmit={signIn}>
        <h1>{t('admin.signInTitle')}</h1>
        <p>
          <Trans i18nKey="admin.signInIntro" components={{ code: <code /> }} />
        </p>
        <label htmlFor="admin-token">{t('admin.serviceToken')}</label>
        <input
          id="admin-token"
          type="password"
          autoComplete="off"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">{t('admin.signIn')}</button>
      </form>
    </main>
  );
}
