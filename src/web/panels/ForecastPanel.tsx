// Forecast of this billing period from GET /api/usage/analytics?type=predictions: per limited
// metric, usage so far (cumulative), the projection with its 80% band, the limit and the day it is
// (or is expected to be) reached; the projected total and its interval in words.
import { unitsLine } from '../charts/export-caption.js';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forecastOption } from '../charts/options-forecast.js';
import { ChartPanel } from '../components/ChartPanel.js';
import {
  forecastSeries,
  forecastSummary,
  forecastTable,
  intervalText,
} from '../lib/analytics-data.js';
import type { MetricForecast, Predictions } from '../lib/analytics-types.js';
import { api } from '../lib/api.js';
import { formatValue } from '../lib/format.js';
import { historyQuery } from '../lib/url-state.js';
import type { AnalyticsPanelProps } from './analytics.js';
import { MetricSelect } from './MetricSelect.js';

export function usableForecasts(data: unknown): MetricForecast[] {
  const list = (data as Predictions | null)?.forecast?.metrics ?? [];
  const ok = list.filter((m): m is MetricForecast => m.available && Array.isArray(m.daily));
  const limited = ok.filter((m) => m.limit !== null);
  return limited.length ? limited : ok;
}

export function ForecastPanel({ data, env, token, user }: AnalyticsPanelProps) {
  const { t } = useTranslation();
  const forecasts = useMemo(() => usableForecasts(data), [data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const f = forecasts.find((x) => x.metric === chosen) ?? forecasts[0];
  const today = f ? (f.daily[0]?.date ?? f.period.to) : '';
  const query = f
    ? historyQuery({
        period: 'custom',
        from: f.period.from,
        to: today < f.period.from ? f.period.from : today,
        groupBy: 'day',
        ...(env.view.tz ? { tz: env.view.tz } : {}),
      })
    : '';
  const history = useQuery({
    queryKey: ['usage', user, 'history', query],
    queryFn: () => api.history(token, query),
    enabled: !!query,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const series = useMemo(
    () => (f && (history.data || history.isError) ? forecastSeries(f, history.data) : null),
    [f, history.data, history.isError],
  );
  const summary = f ? forecastSummary(f) : '';
  const option = useMemo(
    () =>
      f && series
        ? forecastOption(f, series, {
            palette: env.palette,
            compact: env.compact,
            animation: env.animation,
            description: summary,
          })
        : null,
    [f, series, env.palette, env.compact, env.animation, summary],
  );
  const table = useMemo(() => (f && series ? forecastTable(f, series) : null), [f, series]);
  if (!f) return null;
  return (
    <ChartPanel
      name="forecast"
      title={t('forecast.title')}
      units={unitsLine([f.metric])}
      summary={summary}
      option={option}
      table={table}
      height={env.compact ? 260 : 320}
      range={f.period}
      background={env.palette.background}
      updating={history.isFetching && history.isPlaceholderData}
      controls={
        <div className="panel-row">
          <MetricSelect
            metrics={forecasts.map((x) => x.metric)}
            value={f.metric}
            onChange={setChosen}
          />
          <span className="forecast-figure" data-testid="forecast-total">
            {f.kind === 'total' ? t('forecast.projectedTotal') : t('forecast.projectedLevel')}{' '}
            <strong>{formatValue(f.metric, f.projected.point)}</strong>{' '}
            <span className="muted">
              {t('forecast.band', {
                range: intervalText(f.metric, f.projected.p80.lower, f.projected.p80.upper),
              })}
            </span>
            {f.limit !== null ? (
              <span className="muted">
                {t('forecast.limit', { limit: formatValue(f.metric, f.limit) })}
              </span>
            ) : null}
          </span>
        </div>
      }
    />
  );
}
