// The console's calls: the operator's service token (kept for the browser session, apart from a
// user's token) on the admin routes; answers typed from the contracts.
import type {
  OperatorListsResponse,
  OpsHealthResponse,
  SuccessMetricsResponse,
} from '../../contracts/admin.js';
import { refusalText, type ErrorBody } from '../lib/api.js';
import { pageLanguage, pageLocale } from '../lib/locale.js';

const KEY = 'usage-insights.admin-token';

export const adminToken = {
  load: () => sessionStorage.getItem(KEY),
  save: (t: string | null) => (t ? sessionStorage.setItem(KEY, t) : sessionStorage.removeItem(KEY)),
};

export class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call(token: string, path: string, method = 'GET'): Promise<Response> {
  const res = await fetch(path, { method, headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ErrorBody;
    throw new AdminError(res.status, refusalText(res.status, body));
  }
  return res;
}
const json = async <T>(p: Promise<Response>) => (await (await p).json()) as T;

// The metrics' names and bases come in the page's language (English pages ask as before).
function metricsPath(month?: string): string {
  const q = new URLSearchParams();
  if (month) q.set('month', month);
  if (pageLanguage() !== 'en') q.set('lang', pageLocale());
  const s = q.toString();
  return `/api/admin/metrics${s ? `?${s}` : ''}`;
}

export const adminApi = {
  metrics: (t: string, month?: string) => json<SuccessMetricsResponse>(call(t, metricsPath(month))),
  lists: (t: string) => json<OperatorListsResponse>(call(t, '/api/admin/lists')),
  health: (t: string) => json<OpsHealthResponse>(call(t, '/api/admin/health')),
  users: (t: string) =>
    json<{ users: { id: string; plan: string; planName: string; events: number }[] }>(
      call(t, '/api/users'),
    ),
  view: (t: string, userId: string) =>
    json<{ token: string; userId: string; expiresAt: string }>(
      call(t, `/api/admin/users/${encodeURIComponent(userId)}/view`, 'POST'),
    ),
  csv: async (t: string, list: string) => (await call(t, `/api/admin/lists/${list}/csv`)).blob(),
};
