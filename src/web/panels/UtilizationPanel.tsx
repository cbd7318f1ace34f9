// How much of each monthly limit was used, month by month, against the 100% line.
import { useMemo } from 'react';
import { utilizationOption } from '../charts/options.js';
import { ChartPanel } from '../components/ChartPanel.js';
import { limitedIn, utilizationSummary, utilizationTable } from '../lib/chart-data.js';
import { LIMITED_METRICS } from '../../domain/metrics.js';
import { pageT } from '../lib/locale.js';
import { partialFootnote } from '../lib/partial-buckets.js';
import { drillTarget } from '../lib/ranges.js';
import { drillHandlers, type HistoryData, type PanelEnv } from './common.js';

export function UtilizationPanel({ env, monthly }: { env: PanelEnv; monthly: HistoryData }) {
  const h = monthly.data;
  const metrics = useMemo(() => (h ? limitedIn(h, LIMITED_METRICS) : []), [h]);
  const summary = useMemo(() => (h ? utilizationSummary(h, metrics) : ''), [h, metrics]);
  const option = useMemo(
    () =>
      h && metrics.length
        ? utilizationOption(h, metrics, {
            palette: env.palette,
            compact: env.compact,
            animation: env.animation,
            description: summary,
            today: env.today,
          })
        : null,
    [h, metrics, env.palette, env.compact, env.animation, env.today, summary],
  );
  const table = useMemo(
    () => (h ? utilizationTable(h, metrics, env.today) : null),
    [h, metrics, env.today],
  );
  // An unlimited plan has nothing to compare against.
  if (h && !metrics.length) return null;
  const target = (i: number) =>
    h && h.buckets[i] ? drillTarget(h.buckets[i].start, 'month', env.today ?? undefined) : null;
  return (
    <ChartPanel
      name="utilization"
      title={pageT()('panels.utilization')}
      units={pageT()('panels.utilizationUnits')}
      summary={summary}
      option={option}
      table={table}
      height={env.compact ? 240 : 300}
      range={h ? h.period : null}
      background={env.palette.background}
      updating={monthly.updating}
      note={h ? partialFootnote(h, env.today) : null}
      {...drillHandlers(target, env)}
    />
  );
}
