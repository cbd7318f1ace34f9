// How the dashboard reaches the API. On its own page: fetch, same origin, the token as bearer.
// Embedded in a host app: the host's fetcher (a proxy that adds the credential itself) or a token
// sent to another origin. An embedded instance registers its transport under an opaque handle
// that travels where the token travels (query functions, mutations), so every API call of the
// dashboard, including panels added later, goes through it without knowing it is embedded.
import { languageOf } from '../../domain/i18n/locale.js';
import { pageLocale, pageT } from './locale.js';

/** The host's fetch: same signature as window.fetch (it may proxy, add headers, log). */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export interface Transport {
  /** Prefix of every API path ('' = this origin). */
  baseUrl: string;
  fetcher: Fetcher;
  /** The bearer token to send, if the transport does not add the credential itself. */
  token: string | null;
}

const HANDLE = /^embed~[a-z0-9]+$/;
const registered = new Map<string, Transport>();
let next = 0;

/** A new handle for an embedded instance (bind its transport before its first request). */
export function createHandle(): string {
  return `embed~${(next++).toString(36)}`;
}

/** Sets the transport a handle stands for (again after a release: React may remount). */
export function bindTransport(handle: string, t: Transport): void {
  registered.set(handle, t);
}

/** The instance is gone: its handle no longer reaches anything. */
export function releaseTransport(handle: string): void {
  registered.delete(handle);
}

/** The transport for a token or handle: a registered one, or this origin's fetch with the token. */
export function transportFor(tokenOrHandle: string | null): Transport {
  if (tokenOrHandle && HANDLE.test(tokenOrHandle)) {
    const t = registered.get(tokenOrHandle);
    // A released handle (the component unmounted) must not fall back to sending it as a token.
    if (!t) throw new Error(pageT()('apiErrors.closed'));
    return t;
  }
  return { baseUrl: '', fetcher: (url, init) => fetch(url, init), token: tokenOrHandle };
}

// The APIs that write sentences (insights, plan suggestions, best practices) write them in the page's
// language when asked with `lang=`; English pages ask nothing, so their URLs stay as they were.
const WORDED = /^\/api\/usage\/(insights|analytics|features)(\?|$)/;

/** The path with the page's language for the APIs that write sentences (English: unchanged). */
export function withLang(path: string): string {
  const tag = pageLocale();
  if (!WORDED.test(path) || (languageOf(tag) ?? 'en') === 'en' || /[?&]lang=/.test(path))
    return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(tag)}`;
}

/** A request through a transport: the base URL, the bearer token when it has one. */
export function send(tokenOrHandle: string | null, path: string, init: RequestInit = {}) {
  const t = transportFor(tokenOrHandle);
  const headers = new Headers(init.headers);
  if (t.token && !headers.has('authorization')) headers.set('authorization', `Bearer ${t.token}`);
  return t.fetcher(`${t.baseUrl}${withLang(path)}`, { ...init, headers });
}
