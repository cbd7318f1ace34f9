// Feature use from GET /api/usage/features: each capability of the plan with what is used this
// billing period, its share of what the plan includes, its 30-day trend and whether it is paid for
// and unused; then the best practices the data supports, each with its evidence numbers.
import type { FeaturesView } from '../../contracts/cost.js';
import type { Metric } from '../../domain/metrics.js';
import { formatQuantity } from '../../domain/quantity.js';
import type { AnalyticsPanelProps } from './analytics.js';

type Capability = FeaturesView['capabilities'][number];

const ARROW = { up: '↑', down: '↓', stable: '→' } as const;

function included(c: Capability): string {
  const m = c.capability as Metric;
  switch (c.included) {
    case 'limited':
      return `${formatQuantity(m, c.used)} of ${formatQuantity(m, c.limit ?? 0)}`;
    case 'unlimited':
      return `${formatQuantity(m, c.used)} (unlimited)`;
    case 'not-limited':
      return `${formatQuantity(m, c.used)} (no limit)`;
    default:
      return `${formatQuantity(m, c.used)} (not in the plan)`;
  }
}

function trendWords(c: Capability): string {
  if (c.changePct === null) return c.trend === 'up' ? 'new in the last 30 days' : 'no change';
  return `${c.changePct > 0 ? '+' : ''}${c.changePct}% over 30 days`;
}

/** The feature view in one paragraph (for screen readers and the panel's summary). */
export function featuresSummary(f: FeaturesView): string {
  const used = f.capabilities
    .filter((c) => c.sharePct !== null)
    .map((c) => `${c.label} ${c.sharePct}%`)
    .join(', ');
  const unused = f.capabilities.filter((c) => c.paidUnused).map((c) => c.label.toLowerCase());
  return `Share of ${f.plan.displayName} used this billing period: ${used || 'no limited capability'}.${
    unused.length ? ` Paid for and unused in the last 30 days: ${unused.join(', ')}.` : ''
  } ${f.practices.length} best practice${f.practices.length === 1 ? '' : 's'} apply.`;
}

function Evidence({ e }: { e: Record<string, unknown> }) {
  return (
    <dl className="evidence">
      {Object.entries(e).map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v === null ? '–' : typeof v === 'number' ? v.toLocaleString() : String(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function FeaturesPanel({ data }: AnalyticsPanelProps) {
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
        <h2 id="features-title">Feature use on {f.plan.displayName}</h2>
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
              aria-label={`${c.label}: share of the plan used`}
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
              {c.sharePct === null ? '–' : `${c.sharePct}%`}
              {c.lastMonthSharePct !== null ? (
                <span className="muted"> (last month {c.lastMonthSharePct}%)</span>
              ) : null}
            </span>
            <span className={`feature-trend trend-${c.trend}`}>
              <span aria-hidden="true">{ARROW[c.trend]} </span>
              {trendWords(c)}
            </span>
            {c.paidUnused ? (
              <span className="feature-unused over-text">Paid for, not used in 30 days</span>
            ) : null}
          </li>
        ))}
      </ul>
      <h3>Best practices</h3>
      {f.practices.length === 0 ? (
        <p className="muted" data-testid="no-practices">
          Nothing to change: none of the practices we check applies to your recent usage.
        </p>
      ) : (
        <ul className="insight-list practices" data-testid="practices">
          {f.practices.map((p) => (
            <li key={p.id} data-practice={p.id}>
              <strong>{p.title}</strong> <span>{p.message}</span>
              {p.suggestion ? <p className="muted">{p.suggestion}</p> : null}
              <details>
                <summary>Evidence</summary>
                <Evidence e={p.evidence} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
