// Sign-in: the platform opens the dashboard once with ?token=..., which is kept for the browser
// session (sessionStorage) and removed from the address bar so it is not shared or bookmarked.

const KEY = 'usage-insights.token';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Takes a token out of a URL: the token (if any) and the URL without it. */
export function takeTokenFromUrl(href: string): { token: string | null; cleanUrl: string } {
  const url = new URL(href);
  const token = url.searchParams.get('token');
  if (token === null) return { token: null, cleanUrl: href };
  url.searchParams.delete('token');
  const search = url.searchParams.toString();
  return {
    token: /^[A-Za-z0-9._~+/=-]{10,4096}$/.test(token) ? token : null,
    cleanUrl: `${url.pathname}${search ? `?${search}` : ''}${url.hash}`,
  };
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
