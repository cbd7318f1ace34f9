// Panels over the analytics APIs, which land separately (forecast, heatmaps, peers, plan advice,
// insights, exports). Each panel is its own component, registered here with the endpoint it reads.
// A panel is rendered only when its endpoint answers; a 404 means "not on this server": nothing shows.
import type { ComponentType } from 'react';
import { useOptionalApi } from '../hooks/queries.js';
import type { PanelEnv } from './common.js';
import { ForecastPanel } from './ForecastPanel.js';
import { InsightsPanel } from './InsightsPanel.js';
import { AccountPanel } from './AccountPanel.js';
import { CostPanel } from './CostPanel.js';
import { FeaturesPanel } from './FeaturesPanel.js';
import { CalendarPanel, WeekHourPanel } from './PatternsPanels.js';
import { PeersPanel } from './PeersPanel.js';
import { PlanPanel } from './PlanPanel.js';

export interface AnalyticsPanelProps<T = unknown> {
  data: T;
  env: PanelEnv;
  /** For panels that read more than their endpoint or make changes (account settings). */
  token: string;
  user: string;
}

interface AnalyticsPanelDef {
  id: string;
  path: string;
  /** Right after the main chart (findings to read first) or after the other charts. */
  place: 'lead' | 'charts';
  Component: ComponentType<AnalyticsPanelProps>;
}

// One request for the forecast and the plan panels (same path, same cached query).
const PREDICTIONS = '/api/usage/analytics?type=predictions';
const PATTERNS = '/api/usage/analytics?type=patterns';

/** Add a panel here when its API exists: forecast (type=predictions), patterns (heatmaps), peers, comparisons, trends, plan advice, exports. */
export const ANALYTICS_PANELS: AnalyticsPanelDef[] = [
  { id: 'insights', path: '/api/usage/insights', place: 'lead', Component: InsightsPanel },
  { id: 'forecast', path: PREDICTIONS, place: 'lead', Component: ForecastPanel },
  { id: 'plan', path: PREDICTIONS, place: 'charts', Component: PlanPanel },
  { id: 'cost', path: '/api/usage/cost', place: 'charts', Component: CostPanel },
  { id: 'features', path: '/api/usage/features', place: 'charts', Component: FeaturesPanel },
  { id: 'weekday-hour', path: PATTERNS, place: 'charts', Component: WeekHourPanel },
  { id: 'peers', path: '/api/usage/analytics?type=peers', place: 'charts', Component: PeersPanel },
  { id: 'calendar', path: PATTERNS, place: 'charts', Component: CalendarPanel },
  // Settings, last: shown when the keys API exists; its parts check their own APIs.
  { id: 'account', path: '/api/keys', place: 'charts', Component: AccountPanel },
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
  return <def.Component data={q.data.data} env={env} token={token} user={user} />;
}

export function AnalyticsPanels({
  token,
  user,
  env,
  place,
  only,
}: {
  token: string;
  user: string;
  env: PanelEnv;
  place: AnalyticsPanelDef['place'];
  /** Only these panels (by id), e.g. the account settings for a user with no usage yet. */
  only?: string[];
}) {
  return (
    <>
      {ANALYTICS_PANELS.filter((d) => d.place === place && (!only || only.includes(d.id))).map(
        (d) => (
          <Slot key={d.id} def={d} token={token} user={user} env={env} />
        ),
      )}
    </>
  );
}
