import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindTransport, createHandle, releaseTransport, send, withLang } from './transport.js';
import { loadCatalogue } from './catalogues.js';

afterEach(() => vi.unstubAllGlobals());

describe('transport', () => {
  it('sends a token as bearer to this origin', async () => {
    const fetch = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetch);
    await send('tok.en.x', '/api/usage/current', { headers: { accept: 'application/json' } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/usage/current');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer tok.en.x');
  });

  it('sends an embedded instance through its fetcher and base URL, never the handle', async () => {
    const fetcher = vi.fn(async () => new Response('{}'));
    const handle = createHandle();
    bindTransport(handle, { baseUrl: '/proxy', fetcher, token: null });
    await send(handle, '/api/usage/history?period=7d');
    const [url, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/proxy/api/usage/history?period=7d');
    expect(new Headers(init.headers).has('authorization')).toBe(false);
    bindTransport(handle, { baseUrl: 'https://ui.example', fetcher, token: 'read.tok.en' });
    await send(handle, '/api/usage/current');
    const [url2, init2] = fetcher.mock.calls[1] as unknown as [string, RequestInit];
    expect(url2).toBe('https://ui.example/api/usage/current');
    expect(new Headers(init2.headers).get('authorization')).toBe('Bearer read.tok.en');
    releaseTransport(handle);
    expect(() => send(handle, '/api/usage/current')).toThrow(/closed/);
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('asks the sentence-writing APIs in the page language, and only those', async () => {
    expect(withLang('/api/usage/insights')).toBe('/api/usage/insights');
    vi.stubGlobal('document', { documentElement: { lang: 'de-AT' } });
    // Until its catalogue is here the page is English (a chunk that could not be fetched): so are its questions.
    expect(withLang('/api/usage/insights')).toBe('/api/usage/insights');
    await loadCatalogue('de-AT');
    expect(withLang('/api/usage/insights')).toBe('/api/usage/insights?lang=de-AT');
    expect(withLang('/api/usage/analytics?type=predictions')).toBe(
      '/api/usage/analytics?type=predictions&lang=de-AT',
    );
    expect(withLang('/api/usage/current')).toBe('/api/usage/current');
  });
});
