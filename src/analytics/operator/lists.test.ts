import { describe, expect, it } from 'vitest';
import type { Plan } from '../../domain/plans.js';
import {
  decliningUsers,
  downgradeCandidates,
  upgradeCandidates,
  type UserWindows,
} from './lists.js';

const limits = (n: number) => ({
  sessions: n,
  audio_minutes: n * 2,
  transcriptions: n,
  exports: n / 5,
  storage_mb: n * 20,
});
const plans: Plan[] = [
  { name: 'free', displayName: 'Free', priceUsd: 0, limits: limits(25), overage: {}, sortOrder: 1 },
  {
    name: 'starter',
    displayName: 'Starter',
    priceUsd: 19,
    limits: limits(250),
    overage: { audio_minutes: 0.03 },
    sortOrder: 2,
  },
  {
    name: 'pro',
    displayName: 'Pro',
    priceUsd: 49,
    limits: limits(1000),
    overage: { audio_minutes: 0.02 },
    sortOrder: 3,
  },
];
const zero = { sessions: 0, audio_minutes: 0, transcriptions: 0, exports: 0, storage_mb: 0 };
const user = (o: Partial<UserWindows>): UserWindows => ({
  userId: 'u',
  plan: 'starter',
  monthToDate: zero,
  last30: zero,
  previous30: zero,
  peakMonth: zero,
  fullMonths: 3,
  ...o,
});

describe('upgrade candidates', () => {
  it('projects the month at its pace and ranks by expected overage, then share of the limit', () => {
    const rows = upgradeCandidates(
      [
        user({ userId: 'hard', plan: 'free', monthToDate: { ...zero, sessions: 15 } }),
        user({ userId: 'paying', monthToDate: { ...zero, audio_minutes: 400 } }),
        user({ userId: 'calm', monthToDate: { ...zero, sessions: 10 } }),
      ],
      plans,
      10,
      30,
    );
    expect(rows.map((r) => r.userId)).toEqual(['paying', 'hard']);
    // 400 in 10 days -> 1,200 by day 30; 700 over 500 at $0.03.
    expect(rows[0]).toMatchObject({
      metric: 'audio_minutes',
      projected: 1200,
      limit: 500,
      expectedOverageUsd: 21,
      blockedUnits: 0,
      suggestedPlan: 'pro',
    });
    // A hard limit: 45 projected of 25, 20 sessions refused.
    expect(rows[1]).toMatchObject({
      metric: 'sessions',
      projected: 45,
      blockedUnits: 20,
      expectedOverageUsd: 0,
      suggestedPlan: 'starter',
    });
  });

  it('bills the audio only up to the day a hard sessions limit stops the sessions', () => {
    // 150 sessions in 10 days: 450 by day 30, but Starter refuses sessions past 250 (day 16.7).
    // 400 audio minutes in 10 days: 1,200 wanted, about 667 let through, 167 over 500 at $0.03.
    const [row] = upgradeCandidates(
      [user({ userId: 'both', monthToDate: { ...zero, sessions: 150, audio_minutes: 400 } })],
      plans,
      10,
      30,
    );
    // Demand still decides the suggestion: Pro covers 450 sessions and 1,200 minutes.
    expect(row).toMatchObject({
      metric: 'audio_minutes',
      projected: 1200,
      expectedOverageUsd: 5,
      suggestedPlan: 'pro',
    });
  });
});

describe('downgrade candidates', () => {
  it('finds paying users whose busiest month fits a cheaper plan with room to spare', () => {
    const rows = downgradeCandidates(
      [
        user({ userId: 'idle-pro', plan: 'pro', peakMonth: { ...zero, sessions: 100 } }),
        user({ userId: 'busy-pro', plan: 'pro', peakMonth: { ...zero, sessions: 900 } }),
        user({ userId: 'new-pro', plan: 'pro', fullMonths: 0 }),
        user({ userId: 'free', plan: 'free' }),
      ],
      plans,
    );
    expect(rows).toEqual([
      {
        userId: 'idle-pro',
        plan: 'pro',
        priceUsd: 49,
        peakUtilizationPct: 10,
        cheaperPlan: 'starter',
        cheaperPriceUsd: 19,
        savingUsd: 30,
        fullMonths: 3,
      },
    ]);
  });
});

describe('declining users', () => {
  it('lists falls of half or more from a meaningful level, steepest first', () => {
    const rows = decliningUsers([
      user({
        userId: 'halved',
        previous30: { ...zero, sessions: 100 },
        last30: { ...zero, sessions: 50 },
      }),
      user({
        userId: 'gone',
        previous30: { ...zero, audio_minutes: 300 },
        last30: { ...zero, audio_minutes: 30 },
      }),
      user({ userId: 'tiny', previous30: { ...zero, sessions: 4 }, last30: zero }),
      user({
        userId: 'dip',
        previous30: { ...zero, sessions: 100 },
        last30: { ...zero, sessions: 60 },
      }),
    ]);
    expect(rows.map((r) => [r.userId, r.metric, r.changePct])).toEqual([
      ['gone', 'audio_minutes', -90],
      ['halved', 'sessions', -50],
    ]);
  });
});
