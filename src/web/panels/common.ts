// What every chart panel receives: data, the view, how to look, and how to navigate.
import type { ChartPalette } from '../charts/theme.js';
import { pageT } from '../lib/locale.js';
import type { DrillTarget } from '../lib/ranges.js';
import type { History, Metric } from '../lib/types.js';
import type { ViewState } from '../lib/url-state.js';

export interface PanelEnv {
  view: ViewState;
  palette: ChartPalette;
  compact: boolean;
  animation: boolean;
  today: string | null;
  /** Opens the range a click on a bucket leads to (pushes a history entry). */
  drill: (target: DrillTarget) => void;
  setMetrics: (metrics: Metric[]) => void;
}

export interface HistoryData {
  data: History | undefined;
  updating: boolean;
}

// The row button's words by what a click opens (the days of a month or week, the hours of a day).
const DRILL_KEYS = { month: 'showDays', week: 'showDays', day: 'showHours' } as const;

/** The click and table-row handlers that drill from a bucket into the range it leads to. */
export function drillHandlers(target: (i: number) => DrillTarget | null, env: PanelEnv) {
  return {
    onBucketClick: (i: number) => {
      const t = target(i);
      if (t) env.drill(t);
    },
    rowAction: (i: number) => {
      const t = target(i);
      return t
        ? { label: pageT()(`panels.${DRILL_KEYS[t.kind]}`), onClick: () => env.drill(t) }
        : null;
    },
  };
}
