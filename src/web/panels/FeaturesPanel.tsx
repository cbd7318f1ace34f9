// Feature use from GET /api/usage/features: each capability of the plan with what is used this
// billing period, its share of what the plan includes, its 30-day trend and whether it is paid for
// and unused; then the best practices the data supports, each with its evidence numbers.
import type { FeaturesView } from '../../contracts/cost.js';
import { en } from '../../domain/i18n/en.js';
import { isMetric, type Metric } from '../../domain/metrics.js';
import { metricLabel, pageFormatTag, pageLanguage, pageT, pageWords } from '../lib/locale.js';

// A share or change in percent as the page's language writes numbers ("96.1", "96,1"); English
// keeps the API's number as it was always written.
const pct = (n: number) =>
  pageLanguage() === 'en'
    ? String(n)
    : new Intl.NumberFormat(pageFormatTag(), { maximumFractionDigits: 1 }).format(n);
import type { AnalyticsPanelProps } from './analytics.js';

type Capability = FeaturesView['capabilities'][number];

const ARROW = { up: '↑', down: '↓', stable: '→' } as const;

function included(c: Capability): string {
  const m = c.capability as Metric;
  const t = pageT();
  // The page's words: "1.000 Sitzungen" on a German page, exactly the English "1,000 sessions" else.
  const w = pageWords();
  const used = w.qty(c.used, m);
  switch (c.included) {
    case 'limited':
      return t('features.of', { used, limit: w.qtyOf(c.limit ?? 0, m) });
    case 'unlimited':
      return t('features.unlimited', { used });
    case 'not-limited':
      return t('features.noLimit', { used });
    default:
      return t('features.notInPlan', { used });
  }
}

function trendWords(c: Capability): string {
  const t = pageT();
  if (c.changePct === null) return c.trend === 'up' ? t('features.new30') : t('features.noChange');
  return t('features.over30', { change: `${c.changePct > 0 ? '+' : ''}${pct(c.changePct)}%` });
}

/** The feature view in one paragraph (for screen readers and the panel's summary). */
export function featuresSummary(f: FeaturesView): string {
  const used = f.capabilities
    .filter((c) => c.sharePct !== null)
    .map((c) => `${c.label} ${pct(c.sharePct!)}%`)
    .join(', ');
  // Inside a sentence: English lowercases the name, German nouns keep their capital.
  const unused = f.capabilities
    .filter((c) => c.paidUnused)
    .map((c) => (pageLanguage() === 'en' ? c.label.toLowerCase() : c.label));
  const t = pageT();
  return `${t('features.share', { plan: f.plan.displayName, used: used || t('features.noLimited') })}${
    unused.length ? t('features.unusedList', { list: unused.join(', ') }) : ''
  } ${t('features.practicesApply', { count: f.practices.length })}`;
}

type EvidenceKey = keyof typeof en.features.evidenceKeys;
const isEvidenceKey = (k: string): k is EvidenceKey => k in en.features.evidenceKeys;

/** An evidence number as the page writes numbers; a metric by its name. */
function evidenceValue(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'number')
    return new Intl.NumberFormat(pageFormatTag(), { maximumFractionDigits: 2 }).format(v);
  return typeof v === 'string' && isMetric(v) ? metricLabel(v) : String(v);
}

function Evidence({ e }: { e: Record<string, unknown> }) {
  const t = pageT();
  return (
    <dl className="evidence">
      {Object.entries(e).map(([k, v]) => (
        <div key={k}>
          <dt>{isEvidenceKey(k) ? t(`features.evidenceKeys.${k}`) : k}</dt>
          <dd>{evidenceValue(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function FeaturesPanel({ data }: AnalyticsPanelProps) {
  const t = pageT();
  const f = data as FeaturesView | null;
  if (!f?.capabilities) return null;
  return (
    <section
      className="panel wide features"
      aria-labelledby="features-title"
      data-chart="features"
      data-testid="features-panel"
    >
      <header className="panel-head">
        <h2 id="features-title">{t('features.title', { plan: f.plan.displayName })}</h2>
      </header>
      <p className="sr-only">{featuresSummary(f)}</p>
      <ul className="feature-list">
        {f.capabilities.map((c) => (
          <li
            key={c.capability}
            data-capability={c.capability}
            className={c.paidUnused ? 'feature unused' : 'feature'}
          >
            <span className="feature-name">
              <span className={`dot dot-${c.capability}`} aria-hidden="true" />
              {c.label}
            </span>
            <span className="feature-used">{included(c)}</span>
            <span
              className={`bar${(c.sharePct ?? 0) >= 100 ? ' over' : ''}`}
              role="progressbar"
              aria-label={t('features.shareUsed', { label: c.label })}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.min(100, Math.round(c.sharePct ?? 0))}
            >
              <span
                className={`fill dot-${c.capability}`}
                style={{ width: `${Math.min(100, c.sharePct ?? 0)}%` }}
              />
            </span>
            <span className="feature-share">
              {c.sharePct === null ? '–' : `${pct(c.sharePct)}%`}
              {c.lastMonthSharePct !== null ? (
                <span className="muted">
                  {t('features.lastMonth', { pct: pct(c.lastMonthSharePct) })}
                </span>
              ) : null}
            </span>
            <span className={`feature-trend trend-${c.trend}`}>
              <span aria-hidden="true">{ARROW[c.trend]} </span>
              {trendWords(c)}
            </span>
            {c.paidUnused ? (
              <span className="feature-unused over-text">{t('features.paidUnused')}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <h3>{t('features.practices')}</h3>
      {f.practices.length === 0 ? (
        <p className="muted" data-testid="no-practices">
          {t('features.nothing')}
        </p>
      ) : (
        <ul className="insight-list practices" data-testid="practices">
          {f.practices.map((p) => (
            <li key={p.id} data-practice={p.id}>
              <strong>{p.title}</strong> <span>{p.message}</span>
              {p.suggestion ? <p className="muted">{p.suggestion}</p> : null}
              <details>
                <summary>{t('features.evidence')}</summary>
                <Evidence e={p.evidence} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
