// The view lives in the URL (range, granularity, metrics shown, zone), so a link reproduces it and
// the back button walks through earlier views. Anything invalid falls back to a sensible default.
import { HEADLINE_METRICS, METRICS } from '../../domain/metrics.js';
import { isIsoDate } from '../../domain/dates.js';
import { supportedTag } from '../../domain/i18n/locale.js';
import { exceedsRangeCap, GROUP_BYS, PERIODS } from '../../domain/periods.js';
import { defaultGroupBy, rangeDays, validGroupBys } from './ranges.js';
import type { GroupBy, Metric, Period } from './types.js';

export interface ViewState {
  period: Period;
  /** Inclusive local dates, only with period "custom". */
  from?: string;
  to?: string;
  groupBy: GroupBy;
  /** Metrics drawn in the charts over time. */
  metrics: Metric[];
  /** A zone overriding the account's (IANA name), when the viewer chose one. */
  tz?: string;
  /** One client (clientId) every chart and the export are filtered to. */
  client?: string;
  /** A language chosen in the link ("de", "en-GB"), overriding the browser's (read at page start). */
  lang?: string;
}

export const DEFAULT_METRICS = HEADLINE_METRICS;
export const DEFAULT_PERIOD: Period = '30d';

const ZONE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

/** Reads a view from a query string; never throws. */
export function parseViewState(search: string): ViewState {
  const q = new URLSearchParams(search);
  let period = (PERIODS as readonly string[]).includes(q.get('period') ?? '')
    ? (q.get('period') as Period)
    : DEFAULT_PERIOD;
  let from: string | undefined;
  let to: string | undefined;
  if (period === 'custom') {
    const f = q.get('from');
    const t = q.get('to');
    if (isIsoDate(f) && isIsoDate(t) && f <= t && !exceedsRangeCap(f, t)) {
      from = f;
      to = t;
    } else {
      period = DEFAULT_PERIOD;
    }
  }
  const days = rangeDays(period, from, to);
  const g = q.get('groupBy') as GroupBy | null;
  const groupBy =
    g && GROUP_BYS.includes(g) && validGroupBys(days).includes(g) ? g : defaultGroupBy(days);
  const metrics = (q.get('metrics') ?? '')
    .split(',')
    .filter((m): m is Metric => (METRICS as readonly string[]).includes(m));
  const tz = q.get('tz');
  const client = q.get('client');
  const lang = supportedTag(q.get('lang'));
  return {
    period,
    ...(from && to ? { from, to } : {}),
    groupBy,
    metrics: metrics.length ? [...new Set(metrics)] : [...DEFAULT_METRICS],
    ...(tz && ZONE.test(tz) && tz.length <= 64 ? { tz } : {}),
    ...(client && client.length <= 256 ? { client } : {}),
    ...(lang ? { lang } : {}),
  };
}

/** Writes a view as a query string (without "?"), leaving out what equals the default. */
export function serializeViewState(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.period !== DEFAULT_PERIOD) q.set('period', s.period);
  if (s.period === 'custom' && s.from && s.to) {
    q.set('from', s.from);
    q.set('to', s.to);
  }
  if (s.groupBy !== defaultGroupBy(rangeDays(s.period, s.from, s.to))) q.set('groupBy', s.groupBy);
  if (s.metrics.join(',') !== DEFAULT_METRICS.join(',')) q.set('metrics', s.metrics.join(','));
  if (s.tz) q.set('tz', s.tz);
  if (s.client) q.set('client', s.client);
  if (s.lang) q.set('lang', s.lang);
  return q.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
}

/** Changes the range, keeping the granularity when it still fits and choosing one otherwise. */
export function withRange(
  s: ViewState,
  period: Period,
  from?: string,
  to?: string,
  groupBy?: GroupBy,
): ViewState {
  const days = rangeDays(period, from, to);
  const valid = validGroupBys(days);
  const next: ViewState = {
    period,
    groupBy:
      groupBy && valid.includes(groupBy)
        ? groupBy
        : period === s.period && valid.includes(s.groupBy)
          ? s.groupBy
          : defaultGroupBy(days),
    metrics: s.metrics,
    ...(s.tz ? { tz: s.tz } : {}),
    ...(s.client ? { client: s.client } : {}),
    ...(s.lang ? { lang: s.lang } : {}),
  };
  if (period === 'custom' && from && to) return { ...next, from, to };
  return next;
}

/** The query string of GET /api/usage/history for a view (all metrics: the cards show every one). */
export function historyQuery(s: Pick<ViewState, 'period' | 'from' | 'to' | 'groupBy' | 'tz'>) {
  const q = new URLSearchParams({ period: s.period, groupBy: s.groupBy });
  if (s.period === 'custom' && s.from && s.to) {
    q.set('from', s.from);
    q.set('to', s.to);
  }
  if (s.tz) q.set('tz', s.tz);
  return q.toString();
}

/** The history query of a view with its client filter (history, monthly bars and exports; analyses cover every client). */
export function clientHistoryQuery(
  s: Pick<ViewState, 'period' | 'from' | 'to' | 'groupBy' | 'tz' | 'client'>,
) {
  const q = historyQuery(s);
  return s.client ? `${q}&client=${encodeURIComponent(s.client)}` : q;
}
