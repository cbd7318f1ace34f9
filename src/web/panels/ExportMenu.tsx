// Downloads of the range being viewed, from GET /api/usage/export: the buckets as CSV or JSON, a
// PDF report, or the raw events as CSV. Shown only when the server has the export API.
import { useTranslation } from 'react-i18next';
import { pageLanguage, pageLocale } from '../lib/locale.js';
import { useState } from 'react';
import { download } from '../charts/download.js';
import { useApiPaths } from '../hooks/useApiPaths.js';
import { api, ApiError, refusalText, type ErrorBody } from '../lib/api.js';
import { clientHistoryQuery, type ViewState } from '../lib/url-state.js';

const KINDS = [
  { id: 'csv', label: 'CSV', params: { format: 'csv' } },
  { id: 'json', label: 'JSON', params: { format: 'json' } },
  { id: 'pdf', label: 'PDF', params: { format: 'pdf' } },
  { id: 'raw', label: 'Raw events (CSV)', params: { format: 'csv', raw: 'true' } },
] as const;

async function fetchExport(token: string, query: string) {
  const res = await api.raw(token, `/api/usage/export?${query}`);
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ErrorBody;
    throw new ApiError(res.status, refusalText(res.status, body), body?.error?.code);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  return { blob: await res.blob(), name: name ?? 'usage-export' };
}

export function ExportMenu({ token, view }: { token: string; view: ViewState }) {
  const { t } = useTranslation();
  const paths = useApiPaths(token);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Shown (disabled) until the server's paths are known, so the line does not move when they are.
  if (paths && !paths.has('/api/usage/export')) return null;

  async function save(kind: (typeof KINDS)[number]) {
    setBusy(kind.id);
    setError(null);
    try {
      const q = new URLSearchParams(clientHistoryQuery(view));
      for (const [k, v] of Object.entries(kind.params)) q.set(k, v);
      // The PDF report in the page's language (English needs no parameter: the server's default).
      if (kind.id === 'pdf' && pageLanguage() !== 'en') q.set('lang', pageLocale());
      const file = await fetchExport(token, q.toString());
      download(file.blob, file.name);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('exports.failed'));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-menu" role="group" aria-label={t('exports.label')}>
      <span className="muted">{t('exports.download')}</span>
      {/* The PDF report covers every client; filtered downloads are CSV and JSON. */}
      {KINDS.filter((k) => !(view.client && k.id === 'pdf')).map((k) => (
        <button
          key={k.id}
          type="button"
          className="btn btn-small"
          disabled={busy !== null || !paths}
          aria-busy={busy === k.id}
          onClick={() => void save(k)}
        >
          {k.id === 'raw' ? t('exports.raw') : k.label}
        </button>
      ))}
      {error ? (
        <span className="form-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
