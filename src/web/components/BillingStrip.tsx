// The first thing on the page: this billing period (day N of M), each limited metric's state in
// words with its bar, a warning when a limit is reached or near, and the bill it is heading for.
import { Trans, useTranslation } from 'react-i18next';
import { limitStatus, projectedBill } from '../../domain/limit-status.js';
import { warningOf } from './billing-warning.js';
import { useOptionalApi } from '../hooks/queries.js';
import type { MetricForecast, Predictions } from '../lib/analytics-types.js';
import { daysInclusive } from '../../domain/dates.js';
import { formatDateRange, formatDayShort, formatDollars } from '../lib/format.js';
import { LIMITED_METRICS } from '../../domain/metrics.js';
import { metricLabel, pageWords } from '../lib/locale.js';
import type { Current, Metric } from '../lib/types.js';

/** The same path (and so the same cached request) as the forecast and plan panels. */
export const PREDICTIONS_PATH = '/api/usage/analytics?type=predictions';

function forecastsOf(p: Predictions | null): Partial<Record<Metric, MetricForecast>> {
  const out: Partial<Record<Metric, MetricForecast>> = {};
  for (const f of p?.forecast?.metrics ?? []) if (f.available) out[f.metric] = f;
  return out;
}

function Bill({
  current,
  forecasts,
}: {
  current: Current;
  forecasts: Partial<Record<Metric, MetricForecast>> | null;
}) {
  const { t } = useTranslation();
  if (!forecasts) return <span className="bill muted">{t('billing.working')}</span>;
  const projected: Partial<Record<Metric, number>> = {};
  const limits: Partial<Record<Metric, number | null>> = {};
  for (const m of LIMITED_METRICS) {
    const c = current.metrics[m];
    limits[m] = c.limit;
    const f = forecasts[m];
    // The bill counts what the platform lets through, not demand a hard limit will refuse.
    const v = f ? (f.billable ?? f.projected).point : c.used;
    if (v !== null) projected[m] = Math.max(v, c.used ?? 0);
  }
  const bill = projectedBill({
    priceUsd: current.plan.priceUsd,
    overage: current.plan.overage,
    limits,
    projected,
  });
  if (bill.kind === 'contract') {
    return (
      <span className="bill">
        <Trans
          i18nKey="billing.contract"
          values={{ plan: current.plan.displayName }}
          components={{ strong: <strong /> }}
        />
      </span>
    );
  }
  return (
    <span className="bill">
      {t('billing.projected')}{' '}
      <strong data-testid="projected-bill">{formatDollars(bill.totalUsd)}</strong>{' '}
      <span className={bill.overageUsd > 0 ? 'over-text' : 'muted'}>
        {bill.overageUsd > 0
          ? t('billing.overage', {
              base: formatDollars(bill.baseUsd),
              overage: formatDollars(bill.overageUsd),
            })
          : t('billing.noOverage')}
      </span>
    </span>
  );
}

/** The strip's shape while the month-to-date answer loads: the same lines, so nothing moves. */
function StripPlaceholder() {
  const { t } = useTranslation();
  return (
    <section className="billing" aria-label={t('billing.title')} aria-busy="true">
      <header className="billing-head">
        <h2>{t('billing.title')}</h2>
        <span className="bill muted">{t('billing.projectedLoading')}</span>
      </header>
      <p className="billing-calm muted">{t('billing.loading')}</p>
      <ul className="billing-metrics">
        {LIMITED_METRICS.map((m) => (
          <li key={m} className="billing-metric">
            <span className="billing-line">
              <span className="billing-name">
                <span className={`dot dot-${m}`} aria-hidden="true" />
                {metricLabel(m)}:
              </span>{' '}
              <span className="billing-words muted">…</span>
            </span>
            <span className="bar" />
            <span className="muted billing-of">&nbsp;</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function BillingStrip({
  token,
  user,
  current,
  today,
}: {
  token: string;
  user: string;
  current: Current | undefined;
  today: string | null;
}) {
  const { t } = useTranslation();
  const predictions = useOptionalApi<Predictions>(token, user, PREDICTIONS_PATH);
  if (!current) return <StripPlaceholder />;
  const p = predictions.data;
  const forecasts = p ? forecastsOf(p.absent ? null : p.data) : predictions.isError ? {} : null;
  const { from, to } = current.period;
  const total = daysInclusive(from, to);
  const day = today ? Math.min(total, Math.max(1, daysInclusive(from, today))) : null;
  // The page's language writes the quantities too ("1.000 von 1.000 Sitzungen").
  const w = pageWords();
  const states = LIMITED_METRICS.flatMap((m) => {
    const c = current.metrics[m];
    const s = limitStatus({
      metric: m,
      used: c.used,
      limit: c.limit,
      overageRate: current.plan.overage[m] ?? null,
      reach: forecasts?.[m]?.limitReach ?? null,
      day: formatDayShort,
      words: w,
    });
    return s ? [s] : [];
  });
  const unlimited = LIMITED_METRICS.filter((m) => current.metrics[m].limit === null);
  const warning = warningOf(states);
  return (
    <section className="billing" aria-labelledby="billing-title" data-testid="billing-strip">
      <header className="billing-head">
        <h2 id="billing-title">
          {t('billing.title')}{' '}
          <span className="muted billing-days">
            {formatDateRange(from, to)}
            {day ? t('billing.day', { day, total }) : ''}
          </span>
        </h2>
        <Bill current={current} forecasts={forecasts} />
      </header>
      {/* Always one line, so a warning arriving with the forecast moves nothing. */}
      {warning ? (
        <p className="billing-warn" role="status">
          <span aria-hidden="true">⚠ </span>
          {warning}
        </p>
      ) : (
        <p className="billing-calm muted" role="status">
          {forecasts ? t('billing.calm') : t('billing.checking')}
        </p>
      )}
      <ul className="billing-metrics">
        {states.map((s) => {
          const c = current.metrics[s.metric];
          return (
            <li key={s.metric} className={`billing-metric tone-${s.tone}`} data-metric={s.metric}>
              <span className="billing-line">
                <span className="billing-name">
                  <span className={`dot dot-${s.metric}`} aria-hidden="true" />
                  {metricLabel(s.metric)}:
                </span>{' '}
                <span className="billing-words">{s.words}</span>
              </span>
              <span
                className={`bar${s.tone === 'over' ? ' over' : s.tone === 'near' ? ' near' : ''}`}
                role="progressbar"
                aria-label={t('billing.barLabel', { metric: metricLabel(s.metric) })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.min(100, Math.round(s.percent))}
                aria-valuetext={t('billing.of', {
                  used: w.qty(c.used ?? 0, s.metric),
                  limit: w.qtyOf(c.limit ?? 0, s.metric),
                })}
              >
                <span
                  className={`fill dot-${s.metric}`}
                  style={{ width: `${Math.min(100, s.percent)}%` }}
                />
              </span>
              <span className="muted billing-of">
                {s.metric === 'storage_mb'
                  ? t('billing.of', {
                      used: w.qty(c.used ?? 0, s.metric),
                      limit: w.qtyOf(c.limit ?? 0, s.metric),
                    })
                  : t('billing.of', {
                      used: w.amount(c.used ?? 0, s.metric),
                      limit: w.qtyOf(c.limit ?? 0, s.metric, true),
                    })}
              </span>
            </li>
          );
        })}
        {unlimited.length ? (
          <li className="billing-metric muted">
            {t('billing.unlimited', {
              plan: current.plan.displayName,
              list: unlimited.map(metricLabel).join(', '),
            })}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
