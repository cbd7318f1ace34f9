import { describe, expect, it } from 'vitest';
import { loadToken, saveToken, takeTokenFromUrl, tokenClaims } from './auth.js';

const JWT =
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vLTAxIiwic2NvcGUiOiJyZWFkIiwiZXhwIjoxODAwMDAwMDAwfQ.sig';

describe('sign-in token', () => {
  it('takes the token out of the URL and keeps the rest', () => {
    expect(takeTokenFromUrl(`http://x/?token=${JWT}&period=7d#top`, 1_700_000_000)).toEqual({
      token: JWT,
      cleanUrl: '/?period=7d#top',
    });
    expect(takeTokenFromUrl(`http://x/?token=${JWT}`).cleanUrl).toBe('/');
    expect(takeTokenFromUrl('http://x/?period=7d')).toEqual({
      token: null,
      cleanUrl: 'http://x/?period=7d',
    });
  });

  it('strips but refuses a token that is not token-shaped, and says so', () => {
    expect(takeTokenFromUrl('http://x/?token=%3Cscript%3E')).toEqual({
      token: null,
      cleanUrl: '/',
      problem: 'invalid',
    });
    expect(takeTokenFromUrl('http://x/?token=garbage-garbage-garbage').problem).toBe('invalid');
  });

  it('refuses an expired link before asking the server', () => {
    expect(takeTokenFromUrl(`http://x/?token=${JWT}`, 1_900_000_000)).toEqual({
      token: null,
      cleanUrl: '/',
      problem: 'expired',
    });
  });

  it('keeps it in the session store', () => {
    const m = new Map<string, string>();
    const store = {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    };
    expect(loadToken(store)).toBeNull();
    saveToken(store, JWT);
    expect(loadToken(store)).toBe(JWT);
    saveToken(store, null);
    expect(loadToken(store)).toBeNull();
  });

  it('reads the subject for display, and survives garbage', () => {
    expect(tokenClaims(JWT)).toEqual({ sub: 'demo-01', exp: 1800000000 });
    expect(tokenClaims('garbage')).toEqual({ sub: null, exp: null });
  });
});
