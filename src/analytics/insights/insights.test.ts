import { describe, expect, it } from 'vitest';
import { analyzeUsage } from '../analyze.js';
import { PLANS } from '../testing/plans.js';
import { dailySeries, hourlySeries, noise } from '../testing/series.js';
import type { DailyPoint } from '../types.js';
import { buildInsights } from './build.js';
import { limitSuggestion } from './limit-words.js';

const NOW = '2025-03-12T15:00:00Z';
const clock = { now: NOW, zone: 'UTC' };

/**
 * A Starter customer, 2024-11-13 .. 2025-03-12 (120 days): ~12 sessions on weekdays, 2 at weekends,
 * up 60% in the last four weeks, few transcriptions, no exports, storage growing, and a burst of
 * 60 sessions on Friday 7 March.
 */
function customer(): DailyPoint[] {
  const r = noise(11);
  return dailySeries('2024-11-13', 120, (i, date) => {
    const weekend = [5, 6].includes((i + 2) % 7); // 2024-11-13 is a Wednesday
    const growth = date >= '2025-02-12' ? 1.6 : 1;
    let sessions = Math.max(0, Math.round((weekend ? 2 : 12) * growth + 2 * r()));
    if (date === '2025-03-07') sessions = 60;
    return {
      sessions,
      transcriptions: Math.round(sessions * 0.3),
      audio_minutes: sessions * 20,
      exports: 0,
      storage_mb: 1000 + 25 * i,
    };
  });
}

describe('insights', () => {
  const daily = customer();
  const analysis = analyzeUsage(
    { daily, plans: PLANS, currentPlan: 'starter', ...clock },
    { seed: 1 },
  );
  const byId = new Map(analysis.insights.map((i) => [i.id, i]));

  it('finds the limit, the burst, the growth and the unused features, each with its numbers', () => {
    expect(byId.get('limit:sessions:reached') ?? byId.get('limit:sessions:expected')).toBeDefined();
    const burst = byId.get('anomaly:sessions:2025-03-07');
    expect(burst).toMatchObject({ type: 'anomaly', evidence: { value: 60 } });
    expect(burst?.message).toContain('7 March 2025');
    expect(byId.get('trend:sessions:up')?.evidence.changePct).toBeGreaterThan(40);
    expect(byId.get('feature:transcriptions')?.evidence).toMatchObject({ days: 30 });
    expect(byId.get('feature:exports')?.evidence.exports).toBe(0);
    expect(byId.get('best-practice:storage-growth')).toBeDefined();
  });

  it('says nothing about a peak day when Monday to Friday are alike', () => {
    expect([...byId.keys()].some((id) => id.startsWith('pattern:peak-day'))).toBe(false);
  });

  it('ranks by severity, then by kind, and is deterministic', () => {
    const rank = { critical: 0, warning: 1, info: 2 };
    const sev = analysis.insights.map((i) => rank[i.severity]);
    expect([...sev].sort((a, b) => a - b)).toEqual(sev);
    expect(analysis.insights[0]?.type).toBe('limit');
    const again = analyzeUsage(
      { daily, plans: PLANS, currentPlan: 'starter', ...clock },
      { seed: 1 },
    );
    expect(again.insights).toEqual(analysis.insights);
  });

  it('puts only numbers from the evidence into messages', () => {
    for (const i of analysis.insights) {
      expect(i.message.length).toBeGreaterThan(10);
      expect(i.range.from <= i.range.to).toBe(true);
      expect(Object.keys(i.evidence).length).toBeGreaterThan(0);
    }
  });

  it('is silent on a few days of light use', () => {
    const few = dailySeries('2025-03-07', 6, () => ({
      sessions: 1,
      transcriptions: 1,
      storage_mb: 10,
    }));
    const a = analyzeUsage({ daily: few, plans: PLANS, currentPlan: 'pro', ...clock });
    expect(a.insights).toEqual([]);
    expect(a.forecast.metrics.every((m) => !m.available || m.method === 'run-rate')).toBe(true);
  });

  it('names a peak day and a peak hour that stand out', () => {
    const wed = dailySeries('2025-01-01', 70, (_, d) => ({
      sessions: new Date(`${d}T00:00:00Z`).getUTCDay() === 3 ? 20 : 8,
    }));
    const hourly = hourlySeries('2025-02-10', 24 * 30, (_, t) => ({
      sessions: t.hour === 10 ? 3 : t.hour > 8 && t.hour < 18 ? 1 : 0,
    }));
    const found = buildInsights({ ...clock, daily: wed, hourly });
    expect(found.find((i) => i.id === 'pattern:peak-day:3')?.message).toContain('Wednesdays');
    expect(found.find((i) => i.id === 'pattern:peak-hour:10')?.message).toContain('10:00-11:00');
  });
});

describe('analyzeUsage', () => {
  it('returns every part for the dashboard in one call', () => {
    const a = analyzeUsage({ daily: customer(), plans: PLANS, currentPlan: 'starter', ...clock });
    expect(a.patterns.map((p) => p.metric)).toEqual([
      'sessions',
      'audio_minutes',
      'transcriptions',
      'exports',
      'storage_mb',
    ]);
    expect(a.forecast.metrics).toHaveLength(5);
    expect(a.advice.available).toBe(true);
    expect(a.efficiency.available).toBe(true);
    expect(a.comparisons.limits.plan).toBe('starter');
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe('limit wording per case', () => {
  it('offers a larger plan once a hard limit is reached, not "compare plans before you reach it"', () => {
    expect(limitSuggestion('sessions', true, undefined, '2025-03-31')).toBe(
      'New sessions stay blocked until the period ends on 31 March 2025; a larger plan lifts the limit at once.',
    );
    expect(limitSuggestion('sessions', false, undefined, '2025-03-31')).toContain(
      'compare plans before you reach it',
    );
    expect(limitSuggestion('audio_minutes', true, 0.03, '2025-03-31')).toBe(
      'Each minute beyond the limit is billed at $0.03 until the period ends; if this pace is usual, compare plans to see which costs less.',
    );
  });

  it('words a reached billed limit as overage with its cost, a reached hard one as blocked', () => {
    const daily = dailySeries('2025-01-01', 71, () => ({ sessions: 15, audio_minutes: 60.5 }));
    const a = analyzeUsage({ daily, plans: PLANS, currentPlan: 'starter', ...clock }, { seed: 1 });
    const byId = new Map(a.insights.map((i) => [i.id, i]));
    const minutes = byId.get('limit:audio_minutes:reached');
    expect(minutes?.title).toBe('Audio minutes over the plan: overage billed');
    expect(minutes?.message).toMatch(
      /^You passed your 600 minutes limit on 10 March 2025; [\d.]+ minutes over it so far, about \$\d+\.\d\d of overage\.$/,
    );
    const sessions = byId.get('limit:sessions:expected') ?? byId.get('limit:sessions:reached');
    expect(sessions?.suggestion).toMatch(/blocks further sessions|stay blocked/);
  });
});

describe('numbers in insights', () => {
  it('writes counts whole and averages as rates', () => {
    const wed = dailySeries('2025-01-01', 70, (_, d) => ({
      sessions: new Date(`${d}T00:00:00Z`).getUTCDay() === 3 ? 20 : 8,
      transcriptions: 1,
    }));
    const hourly = hourlySeries('2025-02-10', 24 * 30, (_, t) => ({
      sessions: t.hour === 10 ? 3 : t.hour > 8 && t.hour < 18 ? 1 : 0,
    }));
    const found = buildInsights({ ...clock, daily: wed, hourly });
    const peakDay = found.find((i) => i.id === 'pattern:peak-day:3');
    expect(peakDay?.message).toBe(
      'You use the platform most on Wednesdays: sessions about 20 a day, against about 8 a day on other days.',
    );
    const peakHour = found.find((i) => i.id === 'pattern:peak-hour:10');
    expect(peakHour?.message).toBe(
      'Your busiest hour is 10:00-11:00 (UTC): sessions about 3 an hour, against about 0.5 an hour across all hours.',
    );
    expect(found.find((i) => i.id === 'feature:transcriptions')?.message).toMatch(
      /^30 transcriptions for 2[89]\d sessions in the last 30 days\.$/,
    );
  });
});
