// The top bar: product, who is signed in and on which plan, the demo user switcher, the theme.
import { useTranslation } from 'react-i18next';
import type { Theme } from '../hooks/useTheme.js';
import type { DemoUser } from '../lib/types.js';

export interface HeaderProps {
  userId: string | null;
  planName: string | null;
  demo: DemoUser[] | false | null;
  onSwitchUser: (id: string) => void;
  switching: boolean;
  theme: Theme;
  onToggleTheme: () => void;
}

export function Header(p: HeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="top">
      <div className="brand">
        <span className="logo" aria-hidden="true" />
        <h1>{t('app.name')}</h1>
        {p.planName ? (
          <span className="plan-badge">{t('header.plan', { plan: p.planName })}</span>
        ) : null}
      </div>
      <div className="top-actions">
        {p.demo && p.demo.length ? (
          <label className="select-label demo-switch">
            <span>{t('header.demoUser')}</span>
            <select
              value={p.userId ?? ''}
              disabled={p.switching}
              onChange={(e) => p.onSwitchUser(e.target.value)}
            >
              {/* The signed-in user is always what the switcher shows, demo user or not. */}
              {p.userId && !p.demo.some((u) => u.id === p.userId) ? (
                <option value={p.userId}>{t('header.signedIn', { user: p.userId })}</option>
              ) : null}
              {p.demo.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.id} · {u.planName} · {u.timeZone}
                </option>
              ))}
            </select>
          </label>
        ) : p.userId ? (
          <span className="user">{p.userId}</span>
        ) : null}
        <button
          type="button"
          className="btn theme-toggle"
          onClick={p.onToggleTheme}
          aria-label={p.theme === 'dark' ? t('header.toLight') : t('header.toDark')}
        >
          <span aria-hidden="true">{p.theme === 'dark' ? '☀' : '☾'}</span>
          <span className="theme-word">
            {p.theme === 'dark' ? t('header.light') : t('header.dark')}
          </span>
        </button>
      </div>
    </header>
  );
}
