// The API client: bearer token, JSON, and one error type carrying the status and the server's message
// (on a page in another language than English, the page's words for it, with the specific reason).
import { en } from '../../domain/i18n/en.js';
import { localizeRefusal } from '../../domain/i18n/reasons.js';
import { pageLanguage, pageT, pageWords } from './locale.js';
import { send } from './transport.js';
import type { Current, DemoUser, History } from './types.js';
import { noteApiCall } from '../telemetry/api-events.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The `error` of a refused request's body, as the API writes it. */
export type ErrorBody = {
  error?: {
    code?: string;
    message?: string;
    issues?: { field?: string; reason?: string }[];
  };
} | null;

type Code = keyof typeof en.apiErrors.codes;
type Field = keyof typeof en.apiErrors.fields;
const isCode = (c: string | undefined): c is Code => !!c && c in en.apiErrors.codes;
const isField = (f: string): f is Field => f in en.apiErrors.fields;

// "email", "body.thresholds.0": the first named part the page has a word for, else the field as sent.
function fieldWord(field: string): string {
  const known = field.split(/[.,]/).find((f) => isField(f));
  return known && isField(known) ? pageT()(`apiErrors.fields.${known}`) : field;
}

/**
 * What a refused request says: the server's own words on an English page; on another page, the
 * page's words for the kind of refusal, each field it names and why (reasons.ts rewrites the
 * reasons it knows; any other stays the server's English, so the specific reason is never lost).
 */
export function refusalText(status: number, body: ErrorBody): string {
  const t = pageT();
  const e = body?.error;
  if (pageLanguage() === 'en') return e?.message ?? t('apiErrors.answered', { status });
  const w = pageWords();
  const why = (text: string | undefined) => (text ? localizeRefusal(text, w) : '');
  const issues = (e?.issues ?? []).filter((i) => i.field);
  if (e?.code === 'invalid_input' && issues.length) {
    const fields = issues.map((i) =>
      i.reason
        ? t('apiErrors.fieldReason', { field: fieldWord(i.field!), reason: why(i.reason) })
        : fieldWord(i.field!),
    );
    return t('apiErrors.invalidField', { field: fields.join('; ') });
  }
  const what = isCode(e?.code)
    ? t(`apiErrors.codes.${e.code}`)
    : e?.code === 'invalid_input'
      ? t('apiErrors.invalid')
      : t('apiErrors.answered', { status });
  return e?.message ? t('apiErrors.because', { what, reason: why(e.message) }) : what;
}

async function request<T>(path: string, token: string | null, init: RequestInit = {}): Promise<T> {
  let res: Response;
  const started = performance.now();
  try {
    res = await send(token, path, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  } catch {
    throw new ApiError(0, pageT()('apiErrors.unreachable'));
  }
  noteApiCall(path, init.method ?? 'GET', performance.now() - started, res.status);
  const body = (await res.json().catch(() => null)) as (T & ErrorBody) | null;
  if (!res.ok) throw new ApiError(res.status, refusalText(res.status, body), body?.error?.code);
  return body as T;
}

export const api = {
  history: (token: string, query: string) => request<History>(`/api/usage/history?${query}`, token),
  current: (token: string, tz?: string) =>
    request<Current>(`/api/usage/current${tz ? `?tz=${encodeURIComponent(tz)}` : ''}`, token),
  /** Any read endpoint by path, for panels whose API may not exist on this server (404). */
  get: <T>(token: string, path: string) => request<T>(path, token),
  /** A change: POST / PUT / DELETE with an optional JSON body. */
  send: <T>(token: string, method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) =>
    request<T>(path, token, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  /** A raw response (files): through the same transport as every other call. */
  raw: (token: string, path: string) => send(token, path),
  demoUsers: () => request<{ users: DemoUser[] }>('/api/demo/users', null),
  demoSession: (userId: string) =>
    request<{ token: string; userId: string }>('/api/demo/session', null, {
      method: 'POST',
      body: JSON.stringify({ userId }),
    }),
};

/** Retry network errors and 5xx once or twice; never 4xx (they will not change). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}
