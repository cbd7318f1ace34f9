// One card per metric: total over the range, change against the previous range with a trend
// arrow, and this billing month's usage against the plan limit as a bar with its percentage.
import { formatChange, formatPercent, formatValue, trendWords } from '../lib/format.js';
import { LIMITED_METRICS, METRIC_DEFS, METRICS, metricLabel } from '../lib/metrics.js';
import type { Current, History, Metric } from '../lib/types.js';
import { Skeleton } from './Skeleton.js';

const KIND: Record<string, string> = {
  gauge: 'latest',
  max: 'highest',
  distinct: 'distinct',
};

const ARROWS: Record<string, string> = { up: '↑', down: '↓', stable: '→' };

function LimitBar({ metric, current }: { metric: Metric; current: Current | undefined }) {
  if (!current) return <div className="limit limit-empty" />;
  const c = current.metrics[metric];
  if (c.limit === null) {
    return (
      <p className="limit-text muted">
        {LIMITED_METRICS.includes(metric)
          ? `Unlimited on ${current.plan.displayName}`
          : 'No plan limit'}
      </p>
    );
  }
  const pct = c.percent ?? 0;
  const over = pct > 100;
  const label = `${metricLabel(metric)} this billing month: ${formatValue(metric, c.used)} of ${formatValue(metric, c.limit)}`;
  return (
    <div className="limit">
      <div
        className={`bar${over ? ' over' : pct >= 80 ? ' near' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, Math.round(pct))}
        aria-valuetext={`${formatPercent(pct)} of the limit`}
      >
        <span className={`fill dot-${metric}`} style={{ width: `${Math.min(100, pct)}%` }} />
      </div>
      <p className="limit-text">
        <span>
          {formatValue(metric, c.used, { unit: metric === 'storage_mb' })} of{' '}
          {formatValue(metric, c.limit)} this month
        </span>
        <strong className={over ? 'over-text' : undefined}>
          {formatPercent(pct)}
          {over ? ' · over limit' : ''}
        </strong>
      </p>
    </div>
  );
}

export function SummaryCards({
  history,
  current,
  updating,
}: {
  history: History | undefined;
  current: Current | undefined;
  updating: boolean;
}) {
  return (
    <section className={`cards${updating ? ' updating' : ''}`} aria-label="Totals per metric">
      {METRICS.map((m) => {
        const trend = history?.trend[m];
        return (
          <article key={m} className="card" data-metric={m}>
            <h3>
              <span className={`dot dot-${m}`} aria-hidden="true" />
              {metricLabel(m)}
              {KIND[METRIC_DEFS[m].aggregation] ? (
                <span className="muted kind"> · {KIND[METRIC_DEFS[m].aggregation]}</span>
              ) : null}
            </h3>
            {history ? (
              <>
                <p className="card-total">{formatValue(m, history.totals[m] ?? null)}</p>
                <p className={`card-change trend-${trend ?? 'stable'}`}>
                  <span aria-hidden="true">{ARROWS[trend ?? 'stable']} </span>
                  <span className="sr-only">{trendWords(trend)}: </span>
                  {formatChange(history.change[m])}
                  <span className="muted"> vs previous period</span>
                </p>
              </>
            ) : (
              <Skeleton height={52} label={`Loading ${metricLabel(m)}`} />
            )}
            <LimitBar metric={m} current={current} />
          </article>
        );
      })}
    </section>
  );
}
