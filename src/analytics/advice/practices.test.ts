import { describe, expect, it } from 'vitest';
import { PLANS } from '../testing/plans.js';
import { dailySeries, hourlySeries } from '../testing/series.js';
import type { MetricValues } from '../types.js';
import { featureUtilization } from './features.js';
import {
  apiPerSession,
  bestPractices,
  exportsPerSession,
  monthEndRush,
  offHoursApi,
  repeatTranscriptions,
  shortSessions,
  storageHeadroom,
  type PracticeInput,
} from './practices.js';
import { alertsOff, budgetBelowPrice, setBudget } from './practices-account.js';
import { wordsFor } from '../../domain/i18n/index.js';

const pro = PLANS.find((p) => p.name === 'pro')!;
const free = PLANS.find((p) => p.name === 'free')!;
const NOW = '2025-03-20T12:00:00Z';

// 79 days from 1 January to 20 March 2025 (today), each day the same unless fill says otherwise.
function input(fill: (i: number, date: string) => MetricValues, over: Partial<PracticeInput> = {}) {
  return {
    now: NOW,
    zone: 'UTC',
    daily: dailySeries('2025-01-01', 79, fill),
    plan: pro,
    currency: 'USD',
    budget: null,
    alertsEnabled: true,
    monthCosts: [],
    lastMonthPeak: null,
    ...over,
  } satisfies PracticeInput;
}

describe('best practices, each with its evidence', () => {
  it('1. short sessions: under 2 audio minutes a session, sessions limited', () => {
    const [p] = shortSessions(input(() => ({ sessions: 10, audio_minutes: 12 })));
    expect(p?.evidence).toEqual({
      sessions: 300,
      audioMinutes: 360,
      minutesPerSession: 1.2,
      sessionLimit: 1000,
    });
    expect(p?.suggestion).toContain('1,000 sessions of Pro');
    expect(shortSessions(input(() => ({ sessions: 10, audio_minutes: 30 })))).toEqual([]);
    expect(shortSessions(input(() => ({ sessions: 0.5, audio_minutes: 0 })))).toEqual([]);
  });

  it('words a practice in German for a German reader, with the same evidence', () => {
    const words = wordsFor('de');
    const [p] = shortSessions(input(() => ({ sessions: 10, audio_minutes: 12 }), { words }));
    expect(p?.title).toBe('Viele kurze Sitzungen');
    expect(p?.message).toBe(
      'Ihre 300 Sitzungen der letzten 30 Tage hatten im Schnitt je 1,2 Audiominuten (insgesamt 360 Minuten).',
    );
    expect(p?.suggestion).toContain('1.000 Sitzungen von Pro');
    const peak = { metric: 'audio_minutes' as const, pct: 93.5 };
    const [a] = alertsOff(account({ alertsEnabled: false, lastMonthPeak: peak, words }));
    expect(a?.message).toContain('erreichten Ihre Audiominuten 93,5 % des Limits');
  });

  it('2. repeat transcriptions: 1.2 or more per session', () => {
    const [p] = repeatTranscriptions(input(() => ({ sessions: 1, transcriptions: 2 })));
    expect(p?.evidence).toEqual({ sessions: 30, transcriptions: 60, transcriptionsPerSession: 2 });
    expect(repeatTranscriptions(input(() => ({ sessions: 1, transcriptions: 1 })))).toEqual([]);
  });

  it('3. exports per session: more exports than sessions', () => {
    const [p] = exportsPerSession(input(() => ({ sessions: 1, exports: 3 })));
    expect(p?.evidence).toEqual({ sessions: 30, exports: 90, exportsPerSession: 3 });
    expect(exportsPerSession(input(() => ({ sessions: 5, exports: 3 })))).toEqual([]);
  });

  it('4. API calls per session over 200', () => {
    const [p] = apiPerSession(input(() => ({ sessions: 2, api_calls: 1000 })));
    expect(p?.evidence).toEqual({ apiCalls: 30000, sessions: 60, callsPerSession: 500 });
    expect(apiPerSession(input(() => ({ sessions: 10, api_calls: 1000 })))).toEqual([]);
  });

  it('5. API calls at night while sessions are by day', () => {
    const hourly = hourlySeries('2025-02-20', 28 * 24, (_i, t) => ({
      api_calls: t.hour < 6 ? 20 : 5,
      sessions: t.hour >= 9 && t.hour < 17 ? 1 : 0,
    }));
    const [p] = offHoursApi(input(() => ({}), { hourly }));
    // 6 x 20 of 6 x 20 + 18 x 5 calls a day at night: 57.1%; no session at night.
    expect(p?.evidence).toMatchObject({
      nightApiCallsPct: 57.1,
      nightSessionsPct: 0,
      sessions: 224,
    });
    const flat = hourlySeries('2025-02-20', 28 * 24, () => ({ api_calls: 5, sessions: 1 }));
    expect(offHoursApi(input(() => ({}), { hourly: flat }))).toEqual([]);
  });

  it('6. storage reaching its limit within 90 days at the last 30 days’ pace', () => {
    const [p] = storageHeadroom(input((i) => ({ storage_mb: 10_000 + 100 * i })));
    // 17,800 MB today, 100 MB a day: 25,000 MB in 72 days.
    expect(p?.evidence).toEqual({
      storageMb: 17_800,
      limitMb: 25_000,
      growthMbPerDay: 100,
      daysToLimit: 72,
    });
    expect(p?.severity).toBe('info');
    expect(storageHeadroom(input((i) => ({ storage_mb: 10_000 + 10 * i })))).toEqual([]);
    expect(storageHeadroom(input(() => ({ storage_mb: 24_000 })))).toEqual([]);
  });

  it('7. month-end rush: 40% of a month near its limit in the last week', () => {
    const [p] = monthEndRush(
      input((_i, date) => ({
        sessions:
          date >= '2025-02-01' && date < '2025-03-01' ? (date >= '2025-02-22' ? 60 : 25) : 0,
      })),
    );
    // February: 21 x 25 + 7 x 60 = 945 of 1,000 sessions, 420 (44.4%) in its last 7 days.
    expect(p?.evidence).toEqual({
      metric: 'sessions',
      monthTotal: 945,
      limit: 1000,
      lastWeekSharePct: 44.4,
    });
    expect(monthEndRush(input(() => ({ sessions: 33 })))).toEqual([]);
  });

  const account = (over: Partial<PracticeInput>) => ({ ...input(() => ({})), ...over });

  it('8. overage billed without a budget', () => {
    const monthCosts = [
      { month: '2024-12', complete: true, overage: 5 },
      { month: '2025-01', complete: true, overage: 0 },
      { month: '2025-02', complete: true, overage: 2.5 },
      { month: '2025-03', complete: false, overage: 9 },
    ];
    const [p] = setBudget(account({ monthCosts }));
    expect(p?.evidence).toEqual({ monthsWithOverage: 2, months: 3, overage: 7.5, currency: 'USD' });
    expect(p?.message).toContain('$7.50 in all');
    expect(
      setBudget(account({ monthCosts, budget: { amount: 80, thresholds: [80], forecast: true } })),
    ).toEqual([]);
  });

  it('9. a budget below the plan price', () => {
    const [p] = budgetBelowPrice(
      account({ budget: { amount: 40, thresholds: [80], forecast: true } }),
    );
    expect(p?.evidence).toEqual({ budget: 40, planPrice: 49, currency: 'USD' });
    expect(
      budgetBelowPrice(account({ budget: { amount: 60, thresholds: [80], forecast: true } })),
    ).toEqual([]);
  });

  it('10. limit alerts off while a limit was 80% used last month', () => {
    const peak = { metric: 'audio_minutes' as const, pct: 93.5 };
    const [p] = alertsOff(account({ alertsEnabled: false, lastMonthPeak: peak }));
    expect(p?.evidence).toEqual({ metric: 'audio_minutes', lastMonthPct: 93.5 });
    expect(alertsOff(account({ alertsEnabled: true, lastMonthPeak: peak }))).toEqual([]);
    expect(
      alertsOff(account({ alertsEnabled: false, lastMonthPeak: { ...peak, pct: 50 } })),
    ).toEqual([]);
  });

  it('says nothing without the minimum data, and ids are stable', () => {
    const short = { ...input(() => ({ sessions: 10, audio_minutes: 1 })) };
    short.daily = short.daily.slice(-10);
    expect(bestPractices(short)).toEqual([]);
    const all = bestPractices(input(() => ({ sessions: 10, audio_minutes: 12 })));
    expect(all.map((p) => p.id)).toEqual(['best-practice:short-sessions']);
  });
});

describe('feature utilization', () => {
  it('gives use, share of the plan, trend and the paid-for but unused capabilities', () => {
    const rows = featureUtilization({
      now: NOW,
      zone: 'UTC',
      plan: pro,
      daily: dailySeries('2025-01-01', 79, (i) => ({
        sessions: i < 19 ? 5 : 10,
        audio_minutes: 20,
        storage_mb: 1000 + i,
      })),
    });
    const by = Object.fromEntries(rows.map((r) => [r.capability, r]));
    // March 1-20: 200 sessions of 1,000; February: 280.
    expect(by.sessions).toMatchObject({
      used: 200,
      lastMonth: 280,
      limit: 1000,
      included: 'limited',
      sharePct: 20,
      lastMonthSharePct: 28,
      trend: 'stable',
      last30Days: 300,
      paidUnused: false,
    });
    expect(by.storage_mb).toMatchObject({ used: 1078, included: 'limited', sharePct: 4.3 });
    expect(by.api_calls).toMatchObject({ included: 'not-limited', limit: null, paidUnused: true });
    expect(rows.filter((r) => r.paidUnused).map((r) => r.capability)).toEqual([
      'transcriptions',
      'exports',
      'api_calls',
    ]);
    expect(by.sessions?.months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(by.sessions?.months[0]?.value).toBe(5 * 19 + 10 * 12);
  });

  it('calls nothing unused on a free plan, and a rise from zero is up', () => {
    const rows = featureUtilization({
      now: NOW,
      zone: 'UTC',
      plan: free,
      daily: dailySeries('2025-01-01', 79, (i) => ({ exports: i >= 49 ? 1 : 0 })),
    });
    expect(rows.some((r) => r.paidUnused)).toBe(false);
    expect(rows.find((r) => r.capability === 'exports')).toMatchObject({
      trend: 'up',
      changePct: null,
    });
  });
});
