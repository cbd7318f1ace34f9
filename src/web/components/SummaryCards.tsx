// One card per metric, all for the selected range: its total and the change against the previous
// range. This billing month's limits live in the billing strip, so no card mixes time frames.
import { describeChange } from '../../domain/quantity.js';
import { CHANGE_REASONS } from '../lib/chart-data.js';
import { formatChange, formatValue, trendWords } from '../lib/format.js';
import { METRIC_DEFS, METRICS, metricLabel } from '../../domain/metrics.js';
import type { History, Metric } from '../lib/types.js';
import { Skeleton } from './Skeleton.js';

const KIND: Record<string, string> = {
  gauge: 'latest',
  max: 'highest',
  distinct: 'distinct',
};

const ARROWS: Record<string, string> = { up: '↑', down: '↓', stable: '→' };

const REASONS = CHANGE_REASONS;

/** The change against the previous range: a percentage only where one means something. */
function ChangeLine({ metric, history }: { metric: Metric; history: History }) {
  const trend = history.trend[metric];
  const c = describeChange(
    history.totals[metric],
    history.previousTotals[metric],
    history.previousCoverage ?? 1,
  );
  const arrow = <span aria-hidden="true">{ARROWS[trend ?? 'stable']} </span>;
  const sr = <span className="sr-only">{trendWords(trend)}: </span>;
  if (c.kind === 'none' || (c.kind === 'absolute' && c.delta === 0)) {
    return (
      <p className="card-change trend-stable">
        <span className="muted">No change from the previous period</span>
      </p>
    );
  }
  if (c.kind === 'percent') {
    return (
      <p className={`card-change trend-${trend ?? 'stable'}`}>
        {arrow}
        {sr}
        {formatChange(c.pct)}
        <span className="muted"> vs previous period</span>
      </p>
    );
  }
  const sign = c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±';
  return (
    <p className={`card-change trend-${trend ?? 'stable'}`} title={REASONS[c.reason]}>
      {arrow}
      {sr}
      {sign}
      {formatValue(metric, Math.abs(c.delta))}
      <span className="muted"> vs previous period ({REASONS[c.reason]})</span>
    </p>
  );
}

export function SummaryCards({
  history,
  updating,
}: {
  history: History | undefined;
  updating: boolean;
}) {
  return (
    <section className={`cards${updating ? ' updating' : ''}`} aria-label="Totals per metric">
      {METRICS.map((m) => {
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
                <ChangeLine metric={m} history={history} />
              </>
            ) : (
              <Skeleton height={52} label={`Loading ${metricLabel(m)}`} />
            )}
          </article>
        );
      })}
    </section>
  );
}
