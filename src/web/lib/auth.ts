// Sign-in: the platform opens the dashboard once with ?token=..., which is kept for the browser
// session (sessionStorage) and removed from the address bar so it is not shared or bookmarked.

const KEY = 'usage-insights.token';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why a link's token cannot be used: not a token at all, or past its expiry. */
export type LinkProblem = 'invalid' | 'expired';

/**
 * Takes a token out of a URL: the token (if usable), the URL without it, and what was wrong with
 * a token that was given but cannot be used (then no other account may be shown instead).
 */
export function takeTokenFromUrl(
  href: string,
  nowSeconds = Date.now() / 1000,
): { token: string | null; cleanUrl: string; problem?: LinkProblem } {
  const url = new URL(href);
  const token = url.searchParams.get('token');
  if (token === null) return { token: null, cleanUrl: href };
  url.searchParams.delete('token');
  const search = url.searchParams.toString();
  const cleanUrl = `${url.pathname}${search ? `?${search}` : ''}${url.hash}`;
  if (!/^[A-Za-z0-9._~+/=-]{10,4096}$/.test(token))
    return { token: null, cleanUrl, problem: 'invalid' };
  const claims = tokenClaims(token);
  if (claims.sub === null) return { token: null, cleanUrl, problem: 'invalid' };
  if (claims.exp !== null && claims.exp < nowSeconds) {
    return { token: null, cleanUrl, problem: 'expired' };
  }
  return { token, cleanUrl };
}

// Where the token lives when the browser refuses storage to this page (a third-party iframe, as
// the /embed page usually is): memory, for the page's life.
const memory = new Map<string, string>();
const inMemory: KeyValueStore = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
  removeItem: (k) => void memory.delete(k),
};

/** The session's storage: sessionStorage, or memory where the browser denies it. */
export function sessionStore(): KeyValueStore {
  try {
    const s = window.sessionStorage;
    s.getItem(KEY);
    return s;
  } catch {
    return inMemory;
  }
}

export function loadToken(store: KeyValueStore): string | null {
  return store.getItem(KEY);
}

export function saveToken(store: KeyValueStore, token: string | null): void {
  if (token) store.setItem(KEY, token);
  else store.removeItem(KEY);
}

/** The subject and expiry of a JWT, read without verifying (the server verifies; this is display only). */
export function tokenClaims(token: string): { sub: string | null; exp: number | null } {
  try {
    const part = token.split('.')[1] ?? '';
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const p = JSON.parse(json) as { sub?: unknown; exp?: unknown };
    return {
      sub: typeof p.sub === 'string' ? p.sub : null,
      exp: typeof p.exp === 'number' ? p.exp : null,
    };
  } catch {
    return { sub: null, exp: null };
  }
}
