// The frame every comparison panel shares: its metric choice, the chart panel, or in its place
// the sentence that says why there is no chart yet (not enough history).
import { useState, type ReactNode } from 'react';
import { unitsLine } from '../charts/export-caption.js';
import type { ChartOption } from '../charts/option-parts.js';
import { ChartPanel } from '../components/ChartPanel.js';
import type { Table } from '../lib/chart-data.js';
import type { Comparisons, MetricComparisons } from '../lib/comparison-data.js';
import type { Metric } from '../lib/types.js';
import type { PanelEnv } from './common.js';
import { MetricSelect } from './MetricSelect.js';

export interface Props {
  data: Comparisons;
  env: PanelEnv;
  updating: boolean;
}

export function usePick(d: Comparisons) {
  const [chosen, setChosen] = useState<Metric | null>(null);
  const c = d.metrics.find((m) => m.metric === chosen) ?? d.metrics[0];
  const select = c ? (
    <MetricSelect metrics={d.metrics.map((m) => m.metric)} value={c.metric} onChange={setChosen} />
  ) : null;
  return { c, select };
}

export function Panel(
  p: Props & {
    name: string;
    title: string;
    c: MetricComparisons;
    select: ReactNode;
    summary: string;
    option: ChartOption | null;
    table: Table | null;
    height: number;
    note?: string | null;
    footer?: ReactNode;
  },
) {
  // Without a chart (not enough history), the panel says why in place of it.
  if (!p.option || !p.table)
    return (
      <section className="panel chart-panel" data-chart={p.name} aria-label={p.title}>
        <header className="panel-head">
          <h2>{p.title}</h2>
        </header>
        <div className="panel-controls">{p.select}</div>
        <p className="chart-summary" data-testid="not-enough-history">
          {p.summary}
        </p>
      </section>
    );
  return (
    <ChartPanel
      name={p.name}
      title={p.title}
      units={unitsLine([p.c.metric])}
      summary={p.summary}
      option={p.option}
      table={p.table}
      height={p.height}
      range={{ from: p.data.period.from, to: p.data.period.to }}
      background={p.env.palette.background}
      updating={p.updating}
      controls={p.select}
      note={p.note ?? null}
      footer={p.footer}
    />
  );
}

export const look = (env: PanelEnv, description: string) => ({
  palette: env.palette,
  compact: env.compact,
  animation: env.animation,
  description,
  today: env.today,
});
