// Panels over the analytics APIs, which land separately (forecast, heatmaps, peers, plan advice,
// insights, exports). Each panel is its own component, registered here with the endpoint it reads.
// A panel is rendered only when its endpoint answers; a 404 means "not on this server": nothing shows.
import type { ComponentType } from 'react';
import { useOptionalApi } from '../hooks/queries.js';
import type { PanelEnv } from './common.js';
import { InsightsPanel } from './InsightsPanel.js';

export interface AnalyticsPanelProps<T = unknown> {
  data: T;
  env: PanelEnv;
}

interface AnalyticsPanelDef {
  id: string;
  path: string;
  /** Right after the main chart (findings to read first) or after the other charts. */
  place: 'lead' | 'charts';
  Component: ComponentType<AnalyticsPanelProps>;
}

/** Add a panel here when its API exists: forecast (type=predictions), patterns (heatmaps), peers, comparisons, trends, plan advice, exports. */
export const ANALYTICS_PANELS: AnalyticsPanelDef[] = [
  { id: 'insights', path: '/api/usage/insights', place: 'lead', Component: InsightsPanel },
];

function Slot({
  def,
  token,
  user,
  env,
}: {
  def: AnalyticsPanelDef;
  token: string;
  user: string;
  env: PanelEnv;
}) {
  const q = useOptionalApi<unknown>(token, user, def.path);
  if (!q.data || q.data.absent) return null;
  return <def.Component data={q.data.data} env={env} />;
}

export function AnalyticsPanels({
  token,
  user,
  env,
  place,
}: {
  token: string;
  user: string;
  env: PanelEnv;
  place: AnalyticsPanelDef['place'];
}) {
  return (
    <>
      {ANALYTICS_PANELS.filter((d) => d.place === place).map((d) => (
        <Slot key={d.id} def={d} token={token} user={user} env={env} />
      ))}
    </>
  );
}
