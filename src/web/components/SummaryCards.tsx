// One card per metric, all for the selected range: its total and the change against the previous
// range. This billing month's limits live in the billing strip, so no card mixes time frames.
import { useTranslation } from 'react-i18next';
import { describeChange } from '../../domain/quantity.js';
import { formatChange, formatValue, trendWords } from '../lib/format.js';
import { METRIC_DEFS, METRICS } from '../../domain/metrics.js';
import { metricLabel } from '../lib/locale.js';
import type { History, Metric } from '../lib/types.js';
import { Skeleton } from './Skeleton.js';

// The catalogue key (cards.*) naming how a non-summed metric is taken over the range.
const KIND: Partial<Record<string, 'latest' | 'highest' | 'distinct'>> = {
  gauge: 'latest',
  max: 'highest',
  distinct: 'distinct',
};

const ARROWS: Record<string, string> = { up: '↑', down: '↓', stable: '→' };

/** The change against the previous range: a percentage only where one means something. */
function ChangeLine({ metric, history }: { metric: Metric; history: History }) {
  const { t } = useTranslation();
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
        <span className="muted">{t('cards.noChange')}</span>
      </p>
    );
  }
  if (c.kind === 'percent') {
    return (
      <p className={`card-change trend-${trend ?? 'stable'}`}>
        {arrow}
        {sr}
        {formatChange(c.pct)}
        <span className="muted">{t('cards.vsPrevious')}</span>
      </p>
    );
  }
  const sign = c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±';
  return (
    <p className={`card-change trend-${trend ?? 'stable'}`} title={t(`changeReasons.${c.reason}`)}>
      {arrow}
      {sr}
      {sign}
      {formatValue(metric, Math.abs(c.delta))}
      <span className="muted">
        {t('cards.vsPreviousWhy', { reason: t(`changeReasons.${c.reason}`) })}
      </span>
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
  const { t } = useTranslation();
  return (
    <section className={`cards${updating ? ' updating' : ''}`} aria-label={t('cards.label')}>
      {METRICS.map((m) => {
        const kind = KIND[METRIC_DEFS[m].aggregation];
        return (
          <article key={m} className="card" data-metric={m}>
            <h3>
              <span className={`dot dot-${m}`} aria-hidden="true" />
              {metricLabel(m)}
              {kind ? <span className="muted kind"> · {t(`cards.${kind}`)}</span> : null}
            </h3>
            {history ? (
              <>
                <p className="card-total">{formatValue(m, history.totals[m] ?? null)}</p>
                <ChangeLine metric={m} history={history} />
              </>
            ) : (
              <Skeleton height={52} label={t('cards.loading', { metric: metricLabel(m) })} />
            )}
          </article>
        );
      })}
    </section>
  );
}
