// The forecast in words: the limit-reach status, the 80% interval and the panel's summary.
import type { LimitReach, MetricForecast } from './analytics-types.js';
import { formatDate, formatPercent, formatValue } from './format.js';
import { metricLabel, pageT, pageWords } from './locale.js';
import { addDays } from '../../domain/dates.js';

/** The limit-reach status in words: "Limit reached on 26 Nov 2026." */
export function limitReachText(f: MetricForecast): string {
  const r: LimitReach = f.limitReach;
  const t = pageT();
  const limit =
    f.limit === null
      ? ''
      : t('forecastText.ofLimit', { limit: formatValue(f.metric, f.limit, { afterOf: true }) });
  const pct = 'probability' in r ? formatPercent(r.probability * 100) : '';
  const stop = stoppedByText(f);
  switch (r.status) {
    case 'unlimited':
      return t('forecastText.unlimited');
    case 'reached':
      return t('forecastText.reached', { limit, date: formatDate(r.date) });
    case 'expected':
      return r.earliest !== r.date
        ? t('forecastText.expectedEarly', {
            limit,
            date: formatDate(r.date),
            pct,
            earliest: formatDate(r.earliest),
          })
        : t('forecastText.expected', { limit, date: formatDate(r.date), pct });
    case 'possible':
      return t('forecastText.possible', { limit, earliest: formatDate(r.earliest), pct }) + stop;
    case 'notExpected':
      return t('forecastText.notExpected', { limit, pct }) + stop;
  }
}

/** " The sessions limit is expected to stop this usage around 21 Dec.", or nothing. */
function stoppedByText(f: MetricForecast): string {
  const r = f.limitReach;
  if (!('stoppedBy' in r) || !r.stoppedBy) return '';
  const { metric, date } = r.stoppedBy;
  const today = addDays(f.period.from, f.period.daysElapsed);
  const key = date < today ? 'forecastText.stoppedByPast' : 'forecastText.stoppedBy';
  return ` ${pageT()(key, { metric: pageWords().label(metric), date: formatDate(date) })}`;
}

/** The 80% interval as written: "a – b", or one value when both ends read the same (a blocked limit). */
export function intervalText(m: MetricForecast['metric'], lower: number, upper: number): string {
  const [lo, hi] = [formatValue(m, lower), formatValue(m, upper)];
  return lo === hi ? lo : `${lo} – ${hi}`;
}

export function forecastSummary(f: MetricForecast): string {
  const t = pageT();
  const m = f.metric;
  return [
    t('forecastText.soFar', {
      metric: metricLabel(m),
      value: formatValue(m, f.toDate),
      elapsed: t('forecastText.daysIn', { count: f.period.daysElapsed }),
      remaining: t('forecastText.daysToGo', { count: f.period.daysRemaining }),
    }),
    t(f.kind === 'total' ? 'forecastText.projectedTotal' : 'forecastText.projectedLevel', {
      value: formatValue(m, f.projected.point),
      range: intervalText(m, f.projected.p80.lower, f.projected.p80.upper),
    }),
    // Where a hard limit refuses part of the demand, what gets through (and is billed) differs.
    f.billable && Math.abs(f.billable.point - f.projected.point) >= 0.01 * f.projected.point
      ? t('forecastText.billable', {
          value: formatValue(m, f.billable.point),
          range: intervalText(m, f.billable.p80.lower, f.billable.p80.upper),
        })
      : '',
    f.limit !== null ? limitReachText(f) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
