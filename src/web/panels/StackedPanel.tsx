// Activity by kind, stacked: sessions, transcriptions and exports add up to all countable work.
import { unitsLine } from '../charts/export-caption.js';
import { useMemo } from 'react';
import { stackedOption } from '../charts/options.js';
import { ChartPanel } from '../components/ChartPanel.js';
import { bucketTable, stackedSummary } from '../lib/chart-data.js';
import { pageT } from '../lib/locale.js';
import { partialFootnote } from '../lib/partial-buckets.js';
import { drillTarget } from '../lib/ranges.js';
import { STACKED_METRICS } from '../../domain/metrics.js';
import { drillHandlers, type HistoryData, type PanelEnv } from './common.js';

export function StackedPanel({ env, history }: { env: PanelEnv; history: HistoryData }) {
  const h = history.data;
  const summary = useMemo(() => (h ? stackedSummary(h, STACKED_METRICS) : ''), [h]);
  const option = useMemo(
    () =>
      h
        ? stackedOption(h, STACKED_METRICS, {
            palette: env.palette,
            compact: env.compact,
            animation: env.animation,
            description: summary,
            today: env.today,
          })
        : null,
    [h, env.palette, env.compact, env.animation, env.today, summary],
  );
  const table = useMemo(
    () => (h ? bucketTable(h, STACKED_METRICS, env.today) : null),
    [h, env.today],
  );
  const target = (i: number) =>
    h && h.buckets[i]
      ? drillTarget(h.buckets[i].start, h.period.groupBy, env.today ?? undefined)
      : null;
  return (
    <ChartPanel
      name="stacked"
      title={pageT()('panels.stacked')}
      units={unitsLine([...STACKED_METRICS])}
      wide
      summary={summary}
      option={option}
      table={table}
      height={env.compact ? 240 : 300}
      range={h ? h.period : null}
      background={env.palette.background}
      updating={history.updating}
      note={h ? partialFootnote(h, env.today) : null}
      {...drillHandlers(target, env)}
    />
  );
}
