import { describe, expect, it } from 'vitest';
import { PLANS } from '../testing/plans.js';
import { sessionsWithAudio } from '../testing/series.js';
import { limitInsights } from '../insights/plan-rules.js';
import { forecastUsage } from './usage-forecast.js';

/** About 1,350 sessions a month of 2.5 audio minutes each: 3,375 minutes of demand. */
const daily = sessionsWithAudio(2.5, 5);
const input = { now: '2025-03-03T12:00:00Z', zone: 'UTC', daily, plans: PLANS, currentPlan: 'pro' };

describe('a limit the sessions limit forestalls', () => {
  it('is not expected when the sessions limit stops the usage first, and names that day', () => {
    // Pro: 1,000 sessions (hard), 3,000 audio minutes. Sessions stop at 1,000 x 2.5 = 2,500 minutes.
    const alone = forecastUsage(input, { paths: 400, seed: 3, metrics: ['audio_minutes'] });
    const demand = alone.metrics[0];
    if (!demand?.available) throw new Error('audio forecast missing');
    expect(demand.limitReach.status).toBe('expected');

    const f = forecastUsage(input, { paths: 400, seed: 3 });
    const sessions = f.metrics.find((m) => m.metric === 'sessions');
    const audio = f.metrics.find((m) => m.metric === 'audio_minutes');
    if (!sessions?.available || !audio?.available) throw new Error('forecasts missing');
    if (sessions.limitReach.status !== 'expected') throw new Error('sessions limit not expected');
    const r = audio.limitReach;
    expect(r.status).toBe('notExpected');
    if (r.status !== 'notExpected') return;
    expect(r.probability).toBeLessThan(0.1);
    expect(r.stoppedBy).toEqual({ metric: 'sessions', date: sessions.limitReach.date });
    // No insight warns of the audio limit the sessions limit prevents; sessions get theirs.
    const pro = PLANS.find((p) => p.name === 'pro')!;
    const ids = limitInsights(f, pro, input).map((i) => i.id);
    expect(ids).toContain('limit:sessions:expected');
    expect(ids.filter((id) => id.startsWith('limit:audio_minutes'))).toEqual([]);
  });

  it('says which limit stops the usage when its own limit stays possible', () => {
    // 2.9 minutes a session: 3,000 minutes at about 1,035 sessions, just past the sessions stop.
    const close = daily.map((d) => ({
      ...d,
      values: { ...d.values, audio_minutes: (d.values.sessions ?? 0) * 2.9 },
    }));
    const f = forecastUsage({ ...input, daily: close }, { paths: 400, seed: 3 });
    const audio = f.metrics.find((m) => m.metric === 'audio_minutes');
    if (!audio?.available) throw new Error('audio forecast missing');
    expect(audio.limitReach.status).toBe('possible');
    const pro = PLANS.find((p) => p.name === 'pro')!;
    const insight = limitInsights(f, pro, input).find(
      (i) => i.id === 'limit:audio_minutes:possible',
    );
    expect(insight?.message).toMatch(/before your sessions limit stops this usage around/);
  });

  it('leaves a limit reached before the sessions stop as it is', () => {
    // 5 minutes a session: 3,000 minutes at about 600 sessions, long before the 1,000th.
    const heavy = daily.map((d) => ({
      ...d,
      values: { ...d.values, audio_minutes: (d.values.sessions ?? 0) * 5 },
    }));
    const f = forecastUsage({ ...input, daily: heavy }, { paths: 400, seed: 3 });
    const audio = f.metrics.find((m) => m.metric === 'audio_minutes');
    if (!audio?.available) throw new Error('audio forecast missing');
    expect(audio.limitReach.status).toBe('expected');
    expect('stoppedBy' in audio.limitReach).toBe(false);
  });
});
