// Usage by client: each top client's share of a metric over the range, "other" for the rest, and
// a row action that filters every chart and the export to one client.
import { useMemo, useState } from 'react';
import { CLIENT_METRICS } from '../../domain/client-metrics.js';
import { METRIC_DEFS } from '../../domain/metrics.js';
import { metricLabel, pageFormatTag, pageT, pageWords } from '../lib/locale.js';
import { clientRows, clientsOption } from '../charts/options-clients.js';
import { ChartPanel } from '../components/ChartPanel.js';
import { useTopClients, type ClientMetric } from '../hooks/clients.js';
import type { Table } from '../lib/chart-data.js';
import { formatCount, formatValue } from '../lib/format.js';
import type { TopClients } from '../lib/types.js';
import type { PanelEnv } from './common.js';
import { MetricSelect } from './MetricSelect.js';

const TOP = 8;

function summaryOf(top: TopClients): string {
  const t = pageT();
  if (top.clientCount === 0)
    return t('clientsPanel.none', { metric: pageWords().label(top.metric) });
  const [first] = clientRows(top);
  return t('clientsPanel.summary', {
    count: top.clientCount,
    clients: formatCount(top.clientCount),
    total: formatValue(top.metric, top.total),
    name: first!.name,
    pct: Math.round(first!.share * 100),
  });
}

export function ClientsPanel({
  token,
  user,
  env,
  onFilter,
}: {
  token: string;
  user: string;
  env: PanelEnv;
  onFilter: (client: string | undefined) => void;
}) {
  const [metric, setMetric] = useState<ClientMetric>('api_calls');
  const q = useTopClients(token, user, env.view, metric, TOP);
  const t = q.data;
  const summary = t ? summaryOf(t) : '';
  const option = useMemo(
    () =>
      t && t.clientCount > 0
        ? clientsOption(t, METRIC_DEFS[metric].color, {
            palette: env.palette,
            compact: env.compact,
            animation: env.animation,
            description: summary,
          })
        : null,
    [t, metric, env.palette, env.compact, env.animation, summary],
  );
  const table: Table | null = useMemo(
    () =>
      t
        ? {
            columns: [
              pageT()('clientsPanel.client'),
              metricLabel(metric),
              pageT()('clientsPanel.share'),
            ],
            rows: clientRows(t).map((r) => [
              r.name,
              formatValue(metric, r.value),
              `${new Intl.NumberFormat(pageFormatTag(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r.share * 100)}%`,
            ]),
          }
        : null,
    [t, metric],
  );
  if (q.error) return null;
  const named = t?.clients ?? [];
  return (
    <ChartPanel
      name="clients"
      title={pageT()('clientsPanel.title')}
      units={pageT()('clientsPanel.units', { metric: pageWords().label(metric) })}
      controls={
        <MetricSelect
          metrics={[...CLIENT_METRICS]}
          value={metric}
          onChange={(m) => setMetric(m as ClientMetric)}
        />
      }
      summary={summary}
      option={option}
      table={table}
      height={Math.max(200, 36 * (named.length + 1) + 24)}
      range={t ? t.period : null}
      background={env.palette.background}
      updating={q.isPlaceholderData && q.isFetching}
      rowAction={(i) => {
        const c = named[i];
        if (!c || c.client === null) return null;
        return env.view.client === c.client
          ? { label: pageT()('clients.showAll'), onClick: () => onFilter(undefined) }
          : { label: pageT()('clientsPanel.only'), onClick: () => onFilter(c.client!) };
      }}
    />
  );
}
