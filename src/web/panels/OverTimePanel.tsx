// Usage over time: lines for the chosen metrics, exact values in the tooltip, zoom, peaks, drill-down.
import { useMemo } from 'react';
import { overTimeOption } from '../charts/options.js';
import { ChartPanel } from '../components/ChartPanel.js';
import { bucketTable, overTimeSummary } from '../lib/chart-data.js';
import { METRICS, metricLabel } from '../lib/metrics.js';
import { drillTarget } from '../lib/ranges.js';
import { DRILL_LABELS, type HistoryData, type PanelEnv } from './common.js';

export function OverTimePanel({ env, history }: { env: PanelEnv; history: HistoryData }) {
  const h = history.data;
  const metrics = env.view.metrics;
  const summary = useMemo(() => (h ? overTimeSummary(h, metrics) : ''), [h, metrics]);
  const option = useMemo(
    () =>
      h
        ? overTimeOption(h, metrics, {
            palette: env.palette,
            compact: env.compact,
            animation: env.animation,
            description: summary,
          })
        : null,
    [h, metrics, env.palette, env.compact, env.animation, summary],
  );
  const table = useMemo(() => (h ? bucketTable(h, metrics) : null), [h, metrics]);
  const target = (i: number) =>
    h && h.buckets[i]
      ? drillTarget(h.buckets[i].start, h.period.groupBy, env.today ?? undefined)
      : null;

  const picker = (
    <fieldset className="metric-picker">
      <legend className="sr-only">Metrics shown</legend>
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
      title="Usage over time"
      wide
      summary={summary}
      option={option}
      table={table}
      height={env.compact ? 260 : 340}
      range={h ? h.period : null}
      background={env.palette.background}
      updating={history.updating}
      onBucketClick={(i) => {
        const t = target(i);
        if (t) env.drill(t);
      }}
      rowAction={(i) => {
        const t = target(i);
        return t ? { label: DRILL_LABELS[t.kind], onClick: () => env.drill(t) } : null;
      }}
      controls={
        env.compact ? (
          <details className="metric-details">
            <summary>Metrics: {metrics.map(metricLabel).join(', ')}</summary>
            {picker}
          </details>
        ) : (
          picker
        )
      }
    />
  );
}
