// Peer position from GET /api/usage/analytics?type=peers: where last month's usage sits in the
// distribution of users on the same plan (quarters, p90 and the user's marker), or why it cannot say.
import { useMemo } from 'react';
import { pageT } from '../lib/locale.js';
import { peersOption } from '../charts/options-patterns.js';
import { ChartPanel } from '../components/ChartPanel.js';
import type { Peers } from '../lib/analytics-types.js';
import { peersAvailable, peersSummary, peersTable } from '../lib/pattern-data.js';
import type { AnalyticsPanelProps } from './analytics.js';

function monthRange(month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function PeersPanel({ data, env }: AnalyticsPanelProps) {
  const p = data as Peers | null;
  const ok = p && Array.isArray(p.metrics) ? peersAvailable(p) : [];
  const summary = p && Array.isArray(p.metrics) ? peersSummary(p) : '';
  const option = useMemo(
    () =>
      p && ok.length
        ? peersOption(p, {
            palette: env.palette,
            compact: env.compact,
            animation: env.animation,
            description: summary,
          })
        : null,
    [p, ok.length, env.palette, env.compact, env.animation, summary],
  );
  const table = useMemo(() => (p && Array.isArray(p.metrics) ? peersTable(p) : null), [p]);
  if (!p || !Array.isArray(p.metrics) || !p.metrics.length) return null;
  if (!ok.length) {
    return (
      <section className="panel" aria-labelledby="peers-title" data-chart="peers">
        <header className="panel-head">
          <h2 id="peers-title">{pageT()('peers.title')}</h2>
        </header>
        <p className="peers-reason" role="note">
          {summary}
        </p>
      </section>
    );
  }
  return (
    <ChartPanel
      name="peers"
      title={pageT()('peers.title')}
      summary={summary}
      option={option}
      table={table}
      height={Math.max(160, 44 * ok.length + 40)}
      range={monthRange(p.month)}
      background={env.palette.background}
    />
  );
}
