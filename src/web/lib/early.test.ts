import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchEarly, takeEarly } from './early.js';

describe('the early first request', () => {
  afterEach(() => vi.unstubAllGlobals());

  const stubFetch = () => {
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(new Response('{"ok":true}'));
    });
    return calls;
  };

  it('is sent as the transport sends it and taken once, for the same token and path only', async () => {
    const calls = stubFetch();
    fetchEarly('tok', '/api/usage/history?period=30d', 1000);
    expect(calls).toHaveLength(1);
    expect(new Headers(calls[0]!.init.headers).get('authorization')).toBe('Bearer tok');
    expect(calls[0]!.init.cache).toBe('no-store');
    expect(takeEarly('other', '/api/usage/history?period=30d', 1001)).toBeNull();
    expect(takeEarly('tok', '/api/usage/history?period=7d', 1001)).toBeNull();
    const res = takeEarly('tok', '/api/usage/history?period=30d', 1002);
    expect(await (await res!).json()).toEqual({ ok: true });
    // Once: a second request (a refresh, the next poll) goes out as usual.
    expect(takeEarly('tok', '/api/usage/history?period=30d', 1003)).toBeNull();
  });

  it('is not taken once stale', () => {
    stubFetch();
    fetchEarly('tok', '/p', 0);
    expect(takeEarly('tok', '/p', 60_000)).toBeNull();
  });

  it('a failed early request rejects only for whoever takes it', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    fetchEarly('tok', '/p', 0);
    await expect(takeEarly('tok', '/p', 1)!).rejects.toThrow('offline');
  });
});
