// The host apps allowed to embed the dashboard (EMBED_ALLOWED_ORIGINS): exact origins only, so
// framing and cross-origin calls are allowed where the operator said and nowhere else.

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
const MAX_ORIGINS = 50;

/** The origins of a comma list, normalised (`https://app.example.com`), or what is wrong with it. */
export function parseEmbedOrigins(list: string): { origins: string[] } | { problem: string } {
  const items = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length > MAX_ORIGINS) return { problem: `at most ${MAX_ORIGINS} origins` };
  const origins: string[] = [];
  for (const item of items) {
    const problem = originProblem(item);
    if (problem) return { problem: `${item}: ${problem}` };
    const origin = new URL(item).origin;
    if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins };
}

function originProblem(item: string): string | null {
  if (item.includes('*')) return 'wildcards are not allowed; list each origin';
  let u: URL;
  try {
    u = new URL(item);
  } catch {
    return 'must be an origin such as https://app.example.com';
  }
  if (u.username || u.password || u.search || u.hash || (u.pathname !== '/' && u.pathname !== '')) {
    return 'must be an origin only (scheme, host and port; no path)';
  }
  if (item.replace(/\/$/, '').toLowerCase() !== u.origin.toLowerCase()) {
    return 'must be an origin only (scheme, host and port; no path)';
  }
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && LOOPBACK.test(u.hostname)) return null;
  return 'must be https: (plain http only on a loopback address)';
}
