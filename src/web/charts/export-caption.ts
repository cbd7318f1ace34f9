// The words printed above an exported chart image: what it shows, the range and the units. Pure.
import { formatDateRange } from '../lib/format.js';
import { en } from '../../domain/i18n/en.js';
import { METRIC_DEFS } from '../../domain/metrics.js';
import { metricLabel, pageT } from '../lib/locale.js';
import type { Metric } from '../lib/types.js';

/** "Units: Sessions (count), Audio minutes (minutes), Storage (MB)". */
export function unitsLine(metrics: Metric[]): string {
  const t = pageT();
  // A metric counted in itself ("sessions" of Sessions) says "count"; decided on the English words.
  const unit = (m: Metric) =>
    METRIC_DEFS[m].unit === en.metrics[m].toLowerCase()
      ? t('chartText.count')
      : t(`units.${m}`, { count: 2 });
  return t('chartText.unitsLine', {
    list: metrics.map((m) => `${metricLabel(m)} (${unit(m)})`).join(', '),
  });
}

/** The caption's lines: the chart's title, its range, and its units when it has them. */
export function exportCaption(
  title: string,
  range: { from: string; to: string },
  units?: string,
): string[] {
  return [title, formatDateRange(range.from, range.to), ...(units ? [units] : [])];
}
