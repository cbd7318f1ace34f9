import { describe, expect, it } from 'vitest';
import { PLANS } from '../testing/plans.js';
import { sessionsWithAudio } from '../testing/series.js';
import { forecastUsage } from './usage-forecast.js';

/** 60 sessions a weekday and 15 a weekend day, 3 audio minutes each: about 1,350 sessions a month. */
const daily = sessionsWithAudio(3, 11);
const input = (currentPlan: string) => ({
  now: '2025-03-03T12:00:00Z',
  zone: 'UTC',
  daily,
  plans: PLANS,
  currentPlan,
});

describe('billable totals', () => {
  it('stops the audio inside sessions where the sessions limit refuses them, and bills only that', () => {
    const f = forecastUsage(input('pro'), { paths: 400, seed: 3 });
    const sessions = f.metrics.find((m) => m.metric === 'sessions');
    const audio = f.metrics.find((m) => m.metric === 'audio_minutes');
    if (!sessions?.available || !audio?.available) throw new Error('forecasts missing');
    // Demand: about 1,350 sessions and 4,000 minutes; Pro refuses sessions past 1,000.
    expect(sessions.projected.point).toBeGreaterThan(1200);
    expect(sessions.billable?.point).toBe(1000);
    expect(audio.projected.point).toBeGreaterThan(3600);
    // Minutes stop with the sessions: about 3 x 1,000, the day the limit falls on included.
    expect(audio.billable?.point).toBeGreaterThan(2950);
    expect(audio.billable?.point).toBeLessThan(3250);
    expect(audio.billable!.p80.lower).toBeLessThanOrEqual(audio.billable!.point);
    expect(audio.billable!.p80.upper).toBeLessThan(audio.projected.p80.upper);
    // Exports happen inside sessions too; transcriptions have their own hard limit as well.
    expect(f.metrics.find((m) => m.metric === 'exports' && m.available && m.billable)).toBeTruthy();
  });

  it('leaves the demand as the bill where no hard limit applies', () => {
    // Business: sessions limit 5,000, never reached; audio billed past its limit.
    const business = forecastUsage(input('business'), { paths: 400, seed: 3 });
    const audio = business.metrics.find((m) => m.metric === 'audio_minutes');
    if (!audio?.available) throw new Error('audio forecast missing');
    expect(audio.billable?.point).toBeCloseTo(audio.projected.point, 0);
    const enterprise = forecastUsage(input('enterprise'), { paths: 400, seed: 3 });
    expect(enterprise.metrics.every((m) => !m.available || m.billable === undefined)).toBe(true);
  });
});
