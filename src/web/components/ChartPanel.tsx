// A chart with its title, text summary, table view and PNG / SVG export. The chart code loads lazily.
import { useTranslation } from 'react-i18next';
import { lazy, Suspense, useId, useRef, useState, type ReactNode } from 'react';
import type { ChartHandle } from '../charts/EChart.js';
import { download, exportName } from '../charts/download.js';
import { exportCaption } from '../charts/export-caption.js';
import type { ChartOption } from '../charts/options.js';
import type { Table } from '../lib/chart-data.js';
import { DataTable } from './DataTable.js';
import type { TelemetryEventName } from '../../domain/telemetry-names.js';
import { Skeleton } from './Skeleton.js';

const EChart = lazy(() => import('../charts/EChart.js'));
// Heatmaps need their chart type, calendar and visual map registered before the chart is created
// (an ECharts instance takes the visual processors registered at its creation).
const HeatmapEChart = lazy(() =>
  import('../charts/echarts-heatmap.js').then(() => import('../charts/EChart.js')),
);
const needsHeatmap = (o: ChartOption) => 'visualMap' in o || 'calendar' in o;

export interface ChartPanelProps {
  /** Stable id for tests and exports ("over-time"). */
  name: string;
  title: string;
  controls?: ReactNode;
  summary: string;
  table: Table | null;
  option: ChartOption | null;
  height: number;
  /** What the values are measured in, printed on the PNG export ("Units: Sessions (count)"). */
  units?: string;
  /** The range the chart covers, for file names and the PNG's caption. */
  range: { from: string; to: string } | null;
  background: string;
  updating?: boolean;
  wide?: boolean;
  onBucketClick?: ((index: number) => void) | undefined;
  rowAction?: ((row: number) => { label: string; onClick: () => void } | null) | undefined;
  /** More about the chart, below it (both views). */
  footer?: ReactNode;
  /** A note under the chart in small print (partial weeks or months). */
  note?: string | null;
  /** The telemetry event that opening the table stands for (the plan panel's table compares plans). */
  tableTelemetry?: TelemetryEventName;
}

export function ChartPanel(p: ChartPanelProps) {
  const id = useId();
  const chart = useRef<ChartHandle>(null);
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [busy, setBusy] = useState(false);
  const ready = p.option && p.table && p.range;
  const Chart = p.option && needsHeatmap(p.option) ? HeatmapEChart : EChart;

  async function save(kind: 'png' | 'svg') {
    if (!chart.current || !p.range) return;
    setBusy(true);
    try {
      const blob =
        kind === 'png'
          ? await chart.current.png(p.background, exportCaption(p.title, p.range, p.units))
          : await chart.current.svg(p.background);
      download(blob, exportName(p.title, p.range.from, p.range.to, kind));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      className={`panel chart-panel${p.wide ? ' wide' : ''}${p.updating ? ' updating' : ''}`}
      aria-labelledby={`${id}-t`}
      aria-busy={p.updating || !ready}
      data-chart={p.name}
    >
      <header className="panel-head">
        <h2 id={`${id}-t`}>{p.title}</h2>
        <div className="panel-tools" role="group" aria-label={t('chart.tools', { title: p.title })}>
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={view === 'table'}
            data-telemetry={view === 'chart' ? p.tableTelemetry : undefined}
            onClick={() => setView(view === 'table' ? 'chart' : 'table')}
            disabled={!ready}
          >
            {t('chart.table')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => void save('png')}
            disabled={!ready || view === 'table' || busy}
            aria-label={t('chart.download', { title: p.title, format: 'PNG' })}
          >
            PNG
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => void save('svg')}
            disabled={!ready || view === 'table' || busy}
            aria-label={t('chart.download', { title: p.title, format: 'SVG' })}
          >
            SVG
          </button>
        </div>
      </header>
      {p.controls ? <div className="panel-controls">{p.controls}</div> : null}
      <p className="chart-summary" id={`${id}-s`}>
        {ready ? p.summary : '\u00a0'}
      </p>
      {!ready ? (
        <Skeleton height={p.height} label={t('chart.loading', { title: p.title })} />
      ) : view === 'table' ? (
        <DataTable table={p.table!} caption={p.title} action={p.rowAction} />
      ) : (
        <Suspense
          fallback={<Skeleton height={p.height} label={t('chart.loading', { title: p.title })} />}
        >
          <Chart
            ref={chart}
            option={p.option!}
            height={p.height}
            label={`${p.title}. ${p.summary}`}
            onBucketClick={p.onBucketClick}
          />
        </Suspense>
      )}
      {p.note ? (
        <p className="chart-note" data-testid="partial-note">
          {p.note}
        </p>
      ) : null}
      {p.footer}
    </section>
  );
}
