// Insights from GET /api/usage/insights: each with its message and, when it names a range, a link
// to that range. Reads the response defensively; renders nothing it does not understand.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/dates.js';
import { formatDateRange } from '../lib/format.js';
import type { AnalyticsPanelProps } from './analytics.js';

interface Insight {
  title: string;
  message: string;
  suggestion?: string;
  severity?: 'critical' | 'warning' | 'info';
  from?: string;
  to?: string;
}

function readInsights(data: unknown): Insight[] {
  const list = Array.isArray(data)
    ? data
    : Array.isArray((data as { insights?: unknown })?.insights)
      ? (data as { insights: unknown[] }).insights
      : [];
  return list.flatMap((x) => {
    const o = x as Record<string, unknown>;
    const title = typeof o.title === 'string' ? o.title : null;
    const message =
      typeof o.message === 'string' ? o.message : typeof o.detail === 'string' ? o.detail : null;
    if (!title || !message) return [];
    const r = (o.range ?? o.period ?? o) as Record<string, unknown>;
    const from = typeof r.from === 'string' && isIsoDate(r.from) ? r.from : undefined;
    const to = typeof r.to === 'string' && isIsoDate(r.to) ? r.to : undefined;
    const severity =
      o.severity === 'critical' || o.severity === 'warning' || o.severity === 'info'
        ? o.severity
        : undefined;
    const suggestion = typeof o.suggestion === 'string' ? o.suggestion : undefined;
    return [
      {
        title,
        message,
        ...(severity ? { severity } : {}),
        ...(suggestion ? { suggestion } : {}),
        ...(from && to ? { from, to } : {}),
      },
    ];
  });
}

const FIRST = 4;

/** Brings the forecast panel into view and moves focus to it. */
function openForecast(e: { currentTarget: Element }) {
  // The document, or the shadow root of an embedded dashboard.
  const root = e.currentTarget.getRootNode() as Document | ShadowRoot;
  const panel = root.querySelector<HTMLElement>('[data-chart="forecast"]');
  if (!panel) return;
  panel.scrollIntoView({ block: 'start' });
  const heading = panel.querySelector<HTMLElement>('h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

export function InsightsPanel({ data, env }: AnalyticsPanelProps) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const items = readInsights(data);
  if (!items.length) return null;
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section className="panel insights" aria-labelledby="insights-title" data-chart="insights">
      <header className="panel-head">
        <h2 id="insights-title">{t('insights.title')}</h2>
      </header>
      <ul className="insight-list">
        {shown.map((it, i) => (
          <li key={i} className={`insight sev-${it.severity ?? 'info'}`}>
            {it.severity && it.severity !== 'info' ? (
              <span className="sev">
                {it.severity === 'critical' ? t('insights.important') : t('insights.note')}
              </span>
            ) : null}
            <strong>{it.title}</strong> <span>{it.message}</span>{' '}
            {it.suggestion ? <span className="muted">{it.suggestion}</span> : null}{' '}
            {it.from && it.to && env.today && it.to > env.today ? (
              // A range reaching past today has no usage to draw yet: its answer is the forecast.
              <button type="button" className="link-btn" onClick={openForecast}>
                {t('insights.seeForecast')}
              </button>
            ) : it.from && it.to ? (
              <button
                type="button"
                className="link-btn"
                onClick={() =>
                  env.drill({ from: it.from!, to: it.to!, groupBy: 'day', kind: 'month' })
                }
              >
                {t('insights.see', { range: formatDateRange(it.from, it.to) })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {items.length > FIRST ? (
        <button type="button" className="link-btn" onClick={() => setAll(!all)}>
          {all ? t('insights.fewer') : t('insights.all', { count: items.length })}
        </button>
      ) : null}
    </section>
  );
}
