// Usage over time: lines for the chosen metrics, exact values in the tooltip, zoom, peaks, drill-down.
import { unitsLine } from '../charts/export-caption.js';
import { useMemo } from 'react';
import { anomalyMarks, overTimeHeight, overTimeOption, overTimeUnits } from '../charts/options.js';
import type { Anomalies } from '../lib/analytics-types.js';
import { formatBucket } from '../lib/format.js';
import { ChartPanel } from '../components/ChartPanel.js';
import { bucketTable, overTimeSummary } from '../lib/chart-data.js';
import { METRICS } from '../../domain/metrics.js';
import { metricLabel, pageT, pageWords } from '../lib/locale.js';
import { partialFootnote } from '../lib/partial-buckets.js';
import { drillTarget } from '../lib/ranges.js';
import { drillHandlers, type HistoryData, type PanelEnv } from './common.js';

export function OverTimePanel({
  env,
  history,
  anomalies,
}: {
  env: PanelEnv;
  history: HistoryData;
  /** Unusual days of this range, marked on the lines (from the anomalies API, when it exists). */
  anomalies?: Anomalies | null | undefined;
}) {
  const h = history.data;
  const metrics = env.view.metrics;
  const marks = useMemo(
    () =>
      h && anomalies && Array.isArray(anomalies.anomalies)
        ? anomalyMarks(h, anomalies.anomalies)
        : {},
    [h, anomalies],
  );
  const summary = useMemo(() => {
    if (!h) return '';
    const t = pageT();
    const days = new Map<number, string[]>();
    for (const m of metrics) {
      for (const [i, a] of marks[m] ?? []) {
        days.set(i, [
          ...(days.get(i) ?? []),
          t('panels.unusualIn', {
            direction: t(`panels.direction.${a.direction}`),
            // Inside a sentence: lowercase in English, German nouns keep their capital.
            metric: pageWords().label(m),
          }),
        ]);
      }
    }
    const unusual = [...days]
      .sort(([a], [b]) => a - b)
      .map(([i, what]) => `${formatBucket(h.buckets[i]!.start, 'day')} (${what.join(', ')})`);
    return `${overTimeSummary(h, metrics)}${unusual.length ? t('panels.unusualDays', { days: unusual.join('; ') }) : ''}`;
  }, [h, metrics, marks]);
  const option = useMemo(
    () =>
      h
        ? overTimeOption(
            h,
            metrics,
            {
              palette: env.palette,
              compact: env.compact,
              animation: env.animation,
              description: summary,
              today: env.today,
            },
            marks,
          )
        : null,
    [h, metrics, env.palette, env.compact, env.animation, env.today, summary, marks],
  );
  const table = useMemo(
    () => (h ? bucketTable(h, metrics, env.today) : null),
    [h, metrics, env.today],
  );
  const target = (i: number) =>
    h && h.buckets[i]
      ? drillTarget(h.buckets[i].start, h.period.groupBy, env.today ?? undefined)
      : null;

  const picker = (
    <fieldset className="metric-picker">
      <legend className="sr-only">{pageT()('panels.metricsShown')}</legend>
      {METRICS.map((m) => {
        const on = metrics.includes(m);
        return (
          <label key={m} className={`chip${on ? ' on' : ''}`}>
            <input
              type="checkbox"
              checked={on}
              disabled={on && metrics.length === 1}
              onChange={() =>
                env.setMetrics(
                  on
                    ? metrics.filter((x) => x !== m)
                    : METRICS.filter((x) => x === m || metrics.includes(x)),
                )
              }
            />
            <span className={`dot dot-${m}`} aria-hidden="true" />
            {metricLabel(m)}
          </label>
        );
      })}
    </fieldset>
  );

  return (
    <ChartPanel
      name="over-time"
      title={pageT()('panels.overTime')}
      units={unitsLine(metrics)}
      wide
      summary={summary}
      option={option}
      table={table}
      height={overTimeHeight(
        overTimeUnits(metrics).length,
        env.compact,
        // The zoom slider comes with more than 12 buckets (assumed until the data say).
        !env.compact && (h ? h.buckets.length > 12 : true),
      )}
      range={h ? h.period : null}
      background={env.palette.background}
      updating={history.updating}
      note={h ? partialFootnote(h, env.today) : null}
      {...drillHandlers(target, env)}
      controls={
        env.compact ? (
          <details className="metric-details">
            <summary>
              {pageT()('panels.metricsList', { list: metrics.map(metricLabel).join(', ') })}
            </summary>
            {picker}
          </details>
        ) : (
          picker
        )
      }
    />
  );
}
