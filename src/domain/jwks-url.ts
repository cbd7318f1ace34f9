// A JWKS decides who may sign in, so it is fetched over TLS only; plain http is allowed for a
// loopback address alone (tests, and a key server on the same host).

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Why url may not serve as the JWKS, or null when it may. */
export function jwksUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'must be a URL';
  }
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && LOOPBACK.test(u.hostname)) return null;
  return 'must be an https: URL (plain http only on a loopback address)';
}
