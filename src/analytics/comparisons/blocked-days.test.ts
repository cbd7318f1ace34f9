import { describe, expect, it } from 'vitest';
import { analyzeUsage } from '../analyze.js';
import { dailyUsageAnomalies } from '../anomalies/usage.js';
import { PLANS } from '../testing/plans.js';
import { dailySeries, noise } from '../testing/series.js';
import { addDays } from '../time.js';
import { blockedDays, fillBlocked } from './blocked-days.js';

const FROM = '2025-01-01';
const DAYS = 62; // to 3 March, a Monday: "today", after the first open weekend of March
const clock = { now: '2025-03-03T12:00:00Z', zone: 'UTC' };

/**
 * A Pro user who wants about 1,350 sessions a month (60 a weekday, 15 a weekend day) on a plan
 * that refuses sessions past 1,000: every month ends with days of nothing, in sessions and in
 * the audio minutes that only happen inside them.
 */
function cappedUser(cap = 1000) {
  const r = noise(4);
  let month = '';
  let used = 0;
  return dailySeries(FROM, DAYS, (_, date) => {
    if (date.slice(0, 7) !== month) [month, used] = [date.slice(0, 7), 0];
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const wanted = Math.round((weekday === 0 || weekday === 6 ? 15 : 60) + 4 * r());
    const sessions = Math.max(0, Math.min(wanted, cap - used));
    used += sessions;
    return { sessions, audio_minutes: sessions * 3, exports: sessions > 0 ? 2 : 0 };
  });
}

describe('blockedDays', () => {
  it('marks the day a hard limit is reached and the rest of its month, and nothing when overage is billed', () => {
    const daily = cappedUser();
    const blocked = blockedDays(daily, 'sessions', { plans: PLANS, currentPlan: 'pro' });
    const january = daily.filter((d) => d.date < '2025-02-01');
    const firstZero = january.findIndex((d) => d.values.sessions === 0);
    expect(firstZero).toBeGreaterThan(20);
    // The day it was reached (partly refused) and every day after it in January.
    expect([...blocked].filter((d) => d < '2025-02-01')).toEqual(
      january.slice(firstZero - 1).map((d) => d.date),
    );
    expect(blocked.has('2025-02-01')).toBe(false);
    // Audio is billed past its own limit on Pro, but refused sessions bring no audio either.
    expect(blockedDays(daily, 'audio_minutes', { plans: PLANS, currentPlan: 'pro' })).toEqual(
      blocked,
    );
    // Business lets 5,000 sessions through: nothing was refused.
    expect(blockedDays(daily, 'sessions', { plans: PLANS, currentPlan: 'business' }).size).toBe(0);
    // The plan of each month decides: on Business in January, only later months are blocked.
    const upgraded = blockedDays(daily, 'sessions', {
      plans: PLANS,
      currentPlan: 'pro',
      planByMonth: { '2025-01': 'business' },
    });
    expect([...upgraded].some((d) => d < '2025-02-01')).toBe(false);
    expect(upgraded.size).toBe(blocked.size - (january.length - firstZero + 1));
    // A platform that let usage run on past the limit did not block anything.
    const lenient = blockedDays(cappedUser(Infinity), 'sessions', {
      plans: PLANS,
      currentPlan: 'pro',
    });
    expect(lenient.size).toBe(0);
  });

  it('fills a blocked day from the same weekday of an open week, earlier first', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 10, 20, 30, 40, 50, 60, 70, 0, 0];
    const isBlocked = values.map((_, i) => i >= 13);
    expect(fillBlocked(values, isBlocked)).toEqual([...values.slice(0, 13), 7, 10, 20]);
    // Nothing open on that weekday before: a later week lends it.
    expect(fillBlocked([0, 1, 2, 3, 4, 5, 6, 9], [true, ...Array(7).fill(false)])[0]).toBe(9);
  });
});

describe('anomalies and forecasts of a user at a hard limit', () => {
  it('neither flags the refused days nor the first open day after them', () => {
    const daily = cappedUser();
    const blocked = blockedDays(daily, 'sessions', { plans: PLANS, currentPlan: 'pro' });
    // (Judged as plain usage, each refused stretch is a level shift to zero now and seldom
    // flagged; the refused days are still left out, as the note says, rather than judged.)
    const judged = dailyUsageAnomalies(daily, 'sessions', clock, blocked);
    expect(judged.anomalies).toEqual([]);
    expect(judged.note).toMatch(/hard limit/);
    // A real spike on an open day is still found.
    const spiked = daily.map((d) =>
      d.date === '2025-02-12' ? { ...d, values: { ...d.values, sessions: 200 } } : d,
    );
    const found = dailyUsageAnomalies(spiked, 'sessions', clock, blocked).anomalies;
    expect(found.map((a) => [a.time, a.direction])).toEqual([['2025-02-12', 'spike']]);
  });

  it('forecasts the demand of an open weekday after a month that ended blocked', () => {
    const a = analyzeUsage({ ...clock, daily: cappedUser(), plans: PLANS, currentPlan: 'pro' });
    const audio = a.forecast.metrics.find((m) => m.metric === 'audio_minutes');
    if (!audio?.available) throw new Error('audio forecast missing');
    // 4 March is a Tuesday: about 180 minutes wanted. Read as usage, the refused days of late
    // February pull it to about 54.
    const tuesday = audio.daily.find((d) => d.date === addDays(clock.now.slice(0, 10), 1));
    expect(tuesday?.point).toBeGreaterThan(150);
    expect(tuesday?.point).toBeLessThan(210);
    expect(a.anomalies.find((m) => m.metric === 'audio_minutes')?.anomalies).toEqual([]);
  });
});
