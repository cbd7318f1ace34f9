// What API calls tell about use, so components need no telemetry code: latency as the browser
// saw it per endpoint (no ids, no query values), keys created, subscriptions, ranges chosen.
import { track } from './install.js';

const ENDPOINTS: [RegExp, string][] = [
  [/^\/api\/usage\/history/, 'history'],
  [/^\/api\/usage\/current/, 'current'],
  [/^\/api\/usage\/analytics/, 'analytics'],
  [/^\/api\/usage\/insights/, 'insights'],
  [/^\/api\/usage\/export/, 'export'],
  [/^\/api\/usage\/events/, 'events'],
  [/^\/api\/usage\/alerts/, 'alerts'],
  [/^\/api\/usage\/subscri/, 'subscriptions'],
  [/^\/api\/keys/, 'keys'],
];
let lastPeriod: string | null = null;

/** Notes one finished API call (path with query, method, milliseconds, status). */
export function noteApiCall(path: string, method: string, ms: number, status: number): void {
  if (path.startsWith('/api/telemetry') || path.startsWith('/api/demo')) return;
  const endpoint = ENDPOINTS.find(([re]) => re.test(path))?.[1] ?? 'other';
  track('perf.api', { value: ms, detail: endpoint });
  const ok = status >= 200 && status < 300;
  if (ok && method === 'POST' && /^\/api\/keys\/?$/.test(path)) track('key.create');
  if (ok && method === 'POST' && /^\/api\/usage\/subscribe\/?$/.test(path))
    track('subscription.create');
  if (endpoint === 'history' && method === 'GET') {
    const period = new URLSearchParams(path.split('?')[1] ?? '').get('period') ?? '30d';
    if (lastPeriod !== null && period !== lastPeriod) track('range.change', { detail: period });
    lastPeriod = period;
  }
}

/** Notes a file saved (the extension only: csv, json, pdf, png, svg). */
export function noteDownload(filename: string): void {
  const ext = /\.([a-z0-9]{2,5})$/i.exec(filename)?.[1]?.toLowerCase() ?? 'file';
  track('export', { detail: ext });
}
