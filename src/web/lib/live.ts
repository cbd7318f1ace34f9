// Live numbers by conditional polling: an open dashboard asks again every few seconds with the
// entity tag of what it shows (If-None-Match); an unchanged answer is a 304 without a body and
// the same object is kept (nothing re-renders). TanStack Query pauses the polling while the tab
// is hidden (document.visibilityState), and resumes with a fetch when it is shown again.
import { ApiError, refusalText, type ErrorBody } from './api.js';
import { pageT } from './locale.js';
import { takeEarly } from './early.js';
import { send } from './transport.js';

/** How often an open, visible dashboard asks whether its numbers changed. */
export const LIVE_MS = 3000;

// Tags of the answers on screen, keyed by the answer object: freed with the answer.
const tags = new WeakMap<object, string>();

/** GET path; with the tag of `previous`, a 304 returns `previous` itself. */
export async function getConditional<T extends object>(
  token: string,
  path: string,
  previous: T | undefined,
): Promise<T> {
  const tag = previous ? tags.get(previous) : undefined;
  let res: Response;
  try {
    // Through the transport like every call: embedded, `token` is a handle for the host's
    // fetcher or token, never a bearer token itself.
    // The first request of the page may have gone out before the app loaded (main.tsx).
    const first = previous ? null : takeEarly(token, path);
    res = await (first ??
      send(token, path, {
        // The tag is ours to send: the browser's cache must not answer or revalidate in between.
        cache: 'no-store',
        headers: { accept: 'application/json', ...(tag ? { 'if-none-match': tag } : {}) },
      }));
  } catch {
    throw new ApiError(0, pageT()('apiErrors.unreachable'));
  }
  if (res.status === 304 && previous) return previous;
  const body = (await res.json().catch(() => null)) as (T & ErrorBody) | null;
  if (!res.ok || !body)
    throw new ApiError(res.status, refusalText(res.status, body), body?.error?.code);
  const etag = res.headers.get('etag');
  if (etag) tags.set(body, etag);
  return body;
}
