// The product story's success metrics for a month, each with its target and whether it is met,
// from facts the store has counted (pure: no I/O, no clock).
// Their names and bases are written in the reader's language (`Words`, English by default).
import type { en } from '../../domain/i18n/en.js';
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';
import { histogramQuantile } from '../../domain/perf-histogram.js';

export interface PlanChange {
  userId: string;
  at: number;
  /** Sort order of the plan before and after (higher is bigger). */
  fromOrder: number;
  toOrder: number;
}

/** Something that told a user a limit was near: a limit warning below 100%, a forecast alert, or a plan comparison/recommendation opened. */
export interface Warning {
  userId: string;
  at: number;
  /** The metric and billing period it was about; null for a plan comparison (any metric). */
  metric: string | null;
  periodKey: string | null;
}

/** A limit reached (an alert at 100% or more). */
export interface LimitHit {
  userId: string;
  at: number;
  metric: string;
  periodKey: string;
}

export interface MonthFacts {
  month: string;
  activeUsers: number;
  /** Of the active users: those with a dashboard session, an export, a live subscription. */
  viewers: number;
  exporters: number;
  subscribers: number;
  sessions: number;
  visibleMsSum: number;
  /** Histograms ([bucket, count], see domain/perf-histogram.ts). */
  sessionVisibleMs: [number, number][];
  chartLoadMs: [number, number][];
  apiMs: [number, number][];
  rollupLagMs: [number, number][];
  cacheHits: number;
  cacheMisses: number;
  planChanges: PlanChange[];
  /** Proactive upgrades of the month before, to compare against. */
  previousProactiveUpgrades: number;
  /** Warnings from 35 days before the month to its end. */
  warnings: Warning[];
  limitHits: LimitHit[];
}

export type MetricGroup = 'engagement' | 'performance' | 'business';

export interface SuccessMetric {
  id: keyof typeof en.successMetrics;
  label: string;
  group: MetricGroup;
  value: number | null;
  unit: 'percent' | 'minutes' | 'ms' | 'seconds' | 'users';
  target: number;
  /** The value must be at least (`min`) or at most (`max`) the target. */
  direction: 'min' | 'max';
  /** null: no data this month. */
  met: boolean | null;
  /** The numbers behind the value, in words. */
  basis: string;
}

/** A warning counts for a change or a hit when it came at most this long before it. */
export const WARNING_WINDOW_MS = 35 * 86_400_000;

const share = (n: number, d: number) => (d > 0 ? (100 * n) / d : null);
const round = (v: number | null, digits = 1) =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;

/** Upgrades (to a higher plan) in the month that followed a warning or plan comparison within 35 days. */
export function proactiveUpgrades(changes: PlanChange[], warnings: Warning[]): PlanChange[] {
  return changes.filter(
    (c) =>
      c.toOrder > c.fromOrder &&
      warnings.some(
        (w) => w.userId === c.userId && w.at <= c.at && c.at - w.at <= WARNING_WINDOW_MS,
      ),
  );
}

/** Limit hits with no earlier warning for the same user, metric and billing period (a plan comparison counts for any metric). */
export function unwarnedHits(hits: LimitHit[], warnings: Warning[]): LimitHit[] {
  return hits.filter(
    (h) =>
      !warnings.some(
        (w) =>
          w.userId === h.userId &&
          w.at < h.at &&
          h.at - w.at <= WARNING_WINDOW_MS &&
          (w.metric === null || (w.metric === h.metric && w.periodKey === h.periodKey)),
      ),
  );
}

/** Every success metric of the story for one month, with its target and whether it is met. */
export function successMetrics(f: MonthFacts, w: Words = EN_WORDS): SuccessMetric[] {
  const metric = (m: Omit<SuccessMetric, 'met' | 'label'>): SuccessMetric => {
    const met =
      m.value === null ? null : m.direction === 'min' ? m.value >= m.target : m.value <= m.target;
    return { ...m, label: w.t(`successMetrics.${m.id}`), met };
  };
  // English writes its counts as it always did ("1234"); other languages by their rules.
  const n = (x: number) => (w.lang === 'en' ? String(x) : w.num(x));
  const basis = (key: keyof typeof en.successBasis, values: Record<string, number>) => {
    // Not Record<string, string>: i18next's types read a string index as a `context` option.
    const written: Record<string, string | number> = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, n(v)]),
    );
    return w.t(`successBasis.${key}`, written);
  };
  const q = (h: [number, number][], p: number) => histogramQuantile(h, p);
  const median = q(f.sessionVisibleMs, 0.5);
  const lagP95 = q(f.rollupLagMs, 0.95);
  const proactive = proactiveUpgrades(f.planChanges, f.warnings);
  const upgrades = f.planChanges.filter((c) => c.toOrder > c.fromOrder).length;
  const unwarned = unwarnedHits(f.limitHits, f.warnings);
  const growth =
    f.previousProactiveUpgrades > 0
      ? (100 * (proactive.length - f.previousProactiveUpgrades)) / f.previousProactiveUpgrades
      : proactive.length > 0
        ? 100
        : null;
  return [
    metric({
      id: 'history_viewers',
      group: 'engagement',
      unit: 'percent',
      target: 70,
      direction: 'min',
      value: round(share(f.viewers, f.activeUsers)),
      basis: basis('ofActive', { n: f.viewers, active: f.activeUsers }),
    }),
    metric({
      id: 'session_mean',
      group: 'engagement',
      unit: 'minutes',
      target: 3,
      direction: 'min',
      value: f.sessions ? round(f.visibleMsSum / f.sessions / 60_000, 2) : null,
      basis: basis('sessions', { n: f.sessions }),
    }),
    metric({
      id: 'session_median',
      group: 'engagement',
      unit: 'minutes',
      target: 3,
      direction: 'min',
      value: median === null ? null : round(median / 60_000, 2),
      basis: basis('sessionsBuckets', { n: f.sessions }),
    }),
    metric({
      id: 'export_share',
      group: 'engagement',
      unit: 'percent',
      target: 30,
      direction: 'min',
      value: round(share(f.exporters, f.activeUsers)),
      basis: basis('ofActive', { n: f.exporters, active: f.activeUsers }),
    }),
    metric({
      id: 'subscription_share',
      group: 'engagement',
      unit: 'percent',
      target: 40,
      direction: 'min',
      value: round(share(f.subscribers, f.activeUsers)),
      basis: basis('ofActive', { n: f.subscribers, active: f.activeUsers }),
    }),
    metric({
      id: 'chart_load_p75',
      group: 'performance',
      unit: 'ms',
      target: 1000,
      direction: 'max',
      value: round(q(f.chartLoadMs, 0.75), 0),
      basis: basis('pageLoads', { n: count(f.chartLoadMs) }),
    }),
    metric({
      id: 'api_p95',
      group: 'performance',
      unit: 'ms',
      target: 300,
      direction: 'max',
      value: round(q(f.apiMs, 0.95), 0),
      basis: basis('requests', { n: count(f.apiMs) }),
    }),
    metric({
      id: 'freshness_p95',
      group: 'performance',
      unit: 'seconds',
      target: 3600,
      direction: 'max',
      value: lagP95 === null ? null : round(lagP95 / 1000, 0),
      basis: basis('minuteSamples', { n: count(f.rollupLagMs) }),
    }),
    metric({
      id: 'cache_hit_rate',
      group: 'performance',
      unit: 'percent',
      target: 80,
      direction: 'min',
      value: round(share(f.cacheHits, f.cacheHits + f.cacheMisses)),
      basis: basis('cache', { hits: f.cacheHits, misses: f.cacheMisses }),
    }),
    metric({
      id: 'proactive_upgrades',
      group: 'business',
      unit: 'percent',
      target: 30,
      direction: 'min',
      value: round(growth),
      basis: basis('upgrades', {
        proactive: proactive.length,
        upgrades,
        before: f.previousProactiveUpgrades,
      }),
    }),
    metric({
      id: 'unwarned_limit_hits',
      group: 'business',
      unit: 'users',
      target: 0,
      direction: 'max',
      value:
        f.limitHits.length || f.activeUsers ? new Set(unwarned.map((h) => h.userId)).size : null,
      basis: basis('unwarned', { unwarned: unwarned.length, hits: f.limitHits.length }),
    }),
  ];
}

function count(h: [number, number][]): number {
  return h.reduce((s, [, n]) => s + n, 0);
}
