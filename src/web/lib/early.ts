// The first chart's data, asked for by the page's entry before the app's code has arrived: on a
// busy server the history request and the app's half-megabyte of script then travel side by
// side instead of one after the other. The app's first request for the same path takes the
// answer (once); anything later, or for another path or token, goes out as usual.
interface Early {
  token: string;
  path: string;
  at: number;
  response: Promise<Response>;
}

// A page has one entry and one first view: one slot, not a cache.
let early: Early | null = null;

// An answer older than this is not the "first" one any more (the user navigated, the tab slept).
const FRESH_MS = 15_000;

/** Starts GET path with the token now, same origin, as the dashboard's transport would send it. */
export function fetchEarly(token: string, path: string, now = Date.now()): void {
  const response = fetch(path, {
    cache: 'no-store',
    headers: { accept: 'application/json', authorization: `Bearer ${token}` },
  });
  // Nobody may ever take it: a failure must not surface as an unhandled rejection.
  response.catch(() => {});
  early = { token, path, at: now, response };
}

/** The early answer for exactly this token and path, once and while fresh; else null. */
export function takeEarly(token: string, path: string, now = Date.now()): Promise<Response> | null {
  const e = early;
  if (!e || e.token !== token || e.path !== path || now - e.at > FRESH_MS) return null;
  early = null;
  return e.response;
}
