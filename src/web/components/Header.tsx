// The top bar: product, who is signed in and on which plan, the demo user switcher, the theme.
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
  return (
    <header className="top">
      <div className="brand">
        <span className="logo" aria-hidden="true" />
        <h1>Usage Insights</h1>
        {p.planName ? <span className="plan-badge">{p.planName} plan</span> : null}
      </div>
      <div className="top-actions">
        {p.demo && p.demo.length ? (
          <label className="select-label demo-switch">
            <span>Demo user</span>
            <select
              value={p.userId ?? ''}
              disabled={p.switching}
              onChange={(e) => p.onSwitchUser(e.target.value)}
            >
              {/* The signed-in user is always what the switcher shows, demo user or not. */}
              {p.userId && !p.demo.some((u) => u.id === p.userId) ? (
                <option value={p.userId}>{p.userId} (signed in)</option>
              ) : null}
              {p.demo.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.id} · {u.plan} · {u.timeZone}
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
          aria-label={p.theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
        >
          <span aria-hidden="true">{p.theme === 'dark' ? '☀' : '☾'}</span>
          <span className="theme-word">{p.theme === 'dark' ? 'Light' : 'Dark'}</span>
        </button>
      </div>
    </header>
  );
}
