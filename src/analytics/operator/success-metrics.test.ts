import { describe, expect, it } from 'vitest';
import { perfBucket } from '../../domain/perf-histogram.js';
import {
  proactiveUpgrades,
  successMetrics,
  unwarnedHits,
  type MonthFacts,
} from './success-metrics.js';

const DAY = 86_400_000;
const t = (iso: string) => Date.parse(iso);
const hist = (values: number[]): [number, number][] => {
  const m = new Map<number, number>();
  for (const v of values) m.set(perfBucket(v), (m.get(perfBucket(v)) ?? 0) + 1);
  return [...m.entries()];
};

const facts = (over: Partial<MonthFacts> = {}): MonthFacts => ({
  month: '2026-11',
  activeUsers: 10,
  viewers: 8,
  exporters: 2,
  subscribers: 5,
  sessions: 4,
  visibleMsSum: 4 * 240_000,
  sessionVisibleMs: hist([60_000, 200_000, 240_000, 460_000]),
  chartLoadMs: hist([400, 500, 600, 1500]),
  apiMs: hist(Array.from({ length: 100 }, (_, i) => i * 3 + 1)),
  rollupLagMs: hist([1000, 2000, 3000]),
  cacheHits: 90,
  cacheMisses: 10,
  planChanges: [],
  previousProactiveUpgrades: 0,
  warnings: [],
  limitHits: [],
  ...over,
});

describe('success metrics', () => {
  it('gives every metric of the story with its target and whether it is met', () => {
    const m = Object.fromEntries(successMetrics(facts()).map((x) => [x.id, x]));
    expect(Object.keys(m)).toHaveLength(11);
    expect(m.history_viewers).toMatchObject({ value: 80, target: 70, met: true });
    expect(m.session_mean).toMatchObject({ value: 4, target: 3, met: true });
    expect(m.session_median!.value).toBeCloseTo(3.33, 0);
    expect(m.export_share).toMatchObject({ value: 20, met: false });
    expect(m.subscription_share).toMatchObject({ value: 50, met: true });
    // p75 of 400, 500, 600, 1500 (nearest rank: the 3rd) within the 5% bucket.
    expect(Math.abs(m.chart_load_p75!.value! - 600)).toBeLessThan(600 * 0.05);
    expect(m.chart_load_p75!.met).toBe(true);
    expect(Math.abs(m.api_p95!.value! - 283)).toBeLessThan(283 * 0.05);
    expect(m.cache_hit_rate).toMatchObject({ value: 90, met: true });
    expect(m.freshness_p95!.value).toBe(3);
  });

  it('says "no data" rather than a number when nothing was measured', () => {
    const m = successMetrics(
      facts({
        activeUsers: 0,
        sessions: 0,
        chartLoadMs: [],
        apiMs: [],
        cacheHits: 0,
        cacheMisses: 0,
      }),
    );
    for (const id of ['history_viewers', 'session_mean', 'chart_load_p75', 'cache_hit_rate'])
      expect(m.find((x) => x.id === id)).toMatchObject({ value: null, met: null });
  });

  it('counts an upgrade as proactive only after a warning within 35 days', () => {
    const change = { userId: 'u1', at: t('2026-11-20T00:00:00Z'), fromOrder: 1, toOrder: 2 };
    const warn = (at: number) => ({ userId: 'u1', at, metric: 'sessions', periodKey: '2026-11' });
    expect(proactiveUpgrades([change], [warn(change.at - 3 * DAY)])).toHaveLength(1);
    expect(proactiveUpgrades([change], [warn(change.at - 40 * DAY)])).toHaveLength(0);
    expect(proactiveUpgrades([change], [warn(change.at + DAY)])).toHaveLength(0);
    expect(proactiveUpgrades([{ ...change, toOrder: 1, fromOrder: 2 }], [warn(0)])).toHaveLength(0);
    const m = successMetrics(
      facts({
        planChanges: [change],
        warnings: [warn(change.at - DAY)],
        previousProactiveUpgrades: 2,
      }),
    );
    expect(m.find((x) => x.id === 'proactive_upgrades')).toMatchObject({ value: -50, met: false });
  });

  it('finds limits reached without a warning on the same metric and period before', () => {
    const hit = {
      userId: 'u1',
      at: t('2026-11-20T00:00:00Z'),
      metric: 'sessions',
      periodKey: '2026-11',
    };
    const w = { userId: 'u1', at: hit.at - DAY, metric: 'sessions', periodKey: '2026-11' };
    expect(unwarnedHits([hit], [w])).toHaveLength(0);
    expect(unwarnedHits([hit], [{ ...w, metric: 'exports' }])).toHaveLength(1);
    expect(unwarnedHits([hit], [{ ...w, metric: null, periodKey: null }])).toHaveLength(0);
    expect(unwarnedHits([hit], [{ ...w, userId: 'u2' }])).toHaveLength(1);
    const m = successMetrics(facts({ limitHits: [hit, { ...hit, metric: 'exports' }] }));
    expect(m.find((x) => x.id === 'unwarned_limit_hits')).toMatchObject({
      value: 1,
      target: 0,
      met: false,
    });
  });
});
