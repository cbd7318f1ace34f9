// The billing strip's one-line warning: which limits are reached, near, or expected this period.
import type { LimitStatus } from '../../domain/limit-status.js';
import { metricLabel, pageT } from '../lib/locale.js';

/** The warning for the metrics' states, or null when every one is calm. */
export function warningOf(states: LimitStatus[]): string | null {
  const over = states.filter((s) => s.tone === 'over');
  // A metric far from its limit but on course for it is "expected", not "near": 17% used with
  // the limit forecast in two weeks read as "At or near the limit".
  const near = states.filter((s) => s.reason === 'near');
  const expected = states.filter((s) => s.reason === 'expected');
  if (!over.length && !near.length && !expected.length) return null;
  const names = (l: LimitStatus[]) => l.map((s) => metricLabel(s.metric)).join(', ');
  const t = pageT();
  const parts = [];
  if (over.length) parts.push(t('billing.reached', { names: names(over) }));
  if (near.length) parts.push(t('billing.near', { names: names(near) }));
  if (expected.length) parts.push(t('billing.expected', { names: names(expected) }));
  return parts.join(' ');
}
