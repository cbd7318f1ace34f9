// Twelve months side by side for one metric, with the plan limit; a click opens the month's days.
import { unitsLine } from '../charts/export-caption.js';
import { useMemo, useState } from 'react';
import { monthlyBarsOption } from '../charts/options.js';
import { ChartPanel } from '../components/ChartPanel.js';
import { bucketTable, monthlySummary } from '../lib/chart-data.js';
import { REPORT_METRICS } from '../../domain/metrics.js';
import { metricLabel, pageT } from '../lib/locale.js';
import { partialFootnote } from '../lib/partial-buckets.js';
import { drillTarget } from '../lib/ranges.js';
import type { Metric } from '../lib/types.js';
import { drillHandlers, type HistoryData, type PanelEnv } from './common.js';

export function MonthlyPanel({
  env,
  monthly,
  currentMonthStart,
}: {
  env: PanelEnv;
  monthly: HistoryData;
  currentMonthStart: string | undefined;
}) {
  const [metric, setMetric] = useState<Metric>('sessions');
  const h = monthly.data;
  const summary = useMemo(() => (h ? monthlySummary(h, metric) : ''), [h, metric]);
  const option = useMemo(
    () =>
      h
        ? monthlyBarsOption(
            h,
            metric,
            {
              palette: env.palette,
              compact: env.compact,
              animation: env.animation,
              description: summary,
              today: env.today,
            },
            currentMonthStart,
          )
        : null,
    [h, metric, env.palette, env.compact, env.animation, env.today, summary, currentMonthStart],
  );
  const table = useMemo(
    () => (h ? bucketTable(h, [metric], env.today) : null),
    [h, metric, env.today],
  );
  const target = (i: number) =>
    h && h.buckets[i] ? drillTarget(h.buckets[i].start, 'month', env.today ?? undefined) : null;
  return (
    <ChartPanel
      name="monthly"
      title={pageT()('panels.monthly')}
      units={unitsLine([metric])}
      summary={summary}
      option={option}
      table={table}
      height={env.compact ? 240 : 300}
      range={h ? h.period : null}
      background={env.palette.background}
      updating={monthly.updating}
      note={h ? partialFootnote(h, env.today) : null}
      {...drillHandlers(target, env)}
      controls={
        <label className="select-label">
          {pageT()('panels.metric')}
          <select value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
            {REPORT_METRICS.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m)}
              </option>
            ))}
          </select>
        </label>
      }
    />
  );
}
