// The words printed above an exported chart image: what it shows, the range and the units. Pure.
import { formatDateRange } from '../lib/format.js';
import { METRIC_DEFS } from '../../domain/metrics.js';
import { metricLabel } from '../lib/locale.js';
import type { Metric } from '../lib/types.js';

/** "Units: Sessions (count), Audio minutes (minutes), Storage (MB)". */
export function unitsLine(metrics: Metric[]): string {
  const unit = (m: Metric) => {
    const u = METRIC_DEFS[m].unit;
    return u === metricLabel(m).toLowerCase() ? 'count' : u;
  };
  return `Units: ${metrics.map((m) => `${metricLabel(m)} (${unit(m)})`).join(', ')}`;
}

/** The caption's lines: the chart's title, its range, and its units when it has them. */
export function exportCaption(
  title: string,
  range: { from: string; to: string },
  units?: string,
): string[] {
  return [title, formatDateRange(range.from, range.to), ...(units ? [units] : [])];
}
