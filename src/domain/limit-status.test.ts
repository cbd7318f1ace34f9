import { describe, expect, it } from 'vitest';
import { wordsFor } from './i18n/index.js';
import { limitStatus, projectedBill } from './limit-status.js';

const day = (d: string) => `day ${d.slice(8)}`;

describe('limit status in words', () => {
  it('says a hard limit blocks, since when', () => {
    const s = limitStatus({
      metric: 'sessions',
      used: 1000,
      limit: 1000,
      reach: { status: 'reached', date: '2026-11-26' },
      day,
    });
    expect(s).toMatchObject({ tone: 'over', words: 'blocked since day 26 (limit reached)' });
  });

  it('says a billed limit charges overage instead of blocking', () => {
    const s = limitStatus({
      metric: 'audio_minutes',
      used: 3100.5,
      limit: 3000,
      overageRate: 0.03,
      reach: { status: 'reached', date: '2026-11-20' },
      day,
    });
    expect(s?.words).toBe('over the limit since day 20: 100.5 minutes billed as overage');
    expect(s?.tone).toBe('over');
  });

  it('warns when the limit is expected, with what is left in whole units', () => {
    const s = limitStatus({
      metric: 'transcriptions',
      used: 996,
      limit: 1000,
      reach: { status: 'expected', date: '2026-11-30' },
      day,
    });
    expect(s).toMatchObject({ tone: 'near', words: '4 left, limit expected around day 30' });
    // Nearly all used: near, whatever the forecast says; little used yet on course: expected.
    expect(s?.reason).toBe('near');
    const transcriptions = (used: number, reach?: { status: string; date: string }) =>
      limitStatus({ metric: 'transcriptions', used, limit: 1000, reach, day });
    expect(transcriptions(170, { status: 'expected', date: '2026-11-30' })).toMatchObject({
      tone: 'near',
      reason: 'expected',
    });
    expect(transcriptions(170)?.reason).toBeNull();
  });

  it('warns near the limit even without a forecast, and is calm below it', () => {
    expect(limitStatus({ metric: 'exports', used: 240, limit: 250, day })).toMatchObject({
      tone: 'near',
      words: '10 left (96%)',
    });
    expect(limitStatus({ metric: 'exports', used: 162.5, limit: 250, day })).toMatchObject({
      tone: 'ok',
      words: '65% used',
    });
    expect(limitStatus({ metric: 'storage_mb', used: 24000, limit: 25000, day })?.words).toBe(
      '1 GB left (96%)',
    );
    expect(limitStatus({ metric: 'api_calls', used: 5, limit: null, day })).toBeNull();
  });

  it('says it in German for a German reader', () => {
    const de = wordsFor('de');
    const reach = { status: 'reached', date: '2026-11-20' };
    const over = { metric: 'audio_minutes', used: 3100.5, limit: 3000, overageRate: 0.03 } as const;
    expect(limitStatus({ ...over, reach, day, words: de })?.words).toBe(
      'über dem Limit seit day 20: 100,5 Minuten als Mehrverbrauch berechnet',
    );
    const blocked = { metric: 'sessions', used: 1000, limit: 1000, reach, day } as const;
    expect(limitStatus({ ...blocked, words: de })?.words).toBe(
      'gesperrt seit day 20 (Limit erreicht)',
    );
    expect(limitStatus({ metric: 'exports', used: 240, limit: 250, day, words: de })?.words).toBe(
      '10 übrig (96 %)',
    );
    expect(limitStatus({ metric: 'exports', used: 12, limit: 250, day, words: de })?.words).toBe(
      '4,8 % genutzt',
    );
  });
});

describe('projected bill', () => {
  it('adds the overage the forecast implies to the plan price', () => {
    const bill = projectedBill({
      priceUsd: 49,
      overage: { audio_minutes: 0.03, sessions: 0.1 },
      limits: { audio_minutes: 3000, sessions: 1000, transcriptions: 1000 },
      projected: { audio_minutes: 3545, sessions: 900.4, transcriptions: 5000 },
    });
    expect(bill).toEqual({ kind: 'priced', baseUsd: 49, overageUsd: 16.35, totalUsd: 65.35 });
  });

  it('does not invent a price for a contract plan', () => {
    expect(projectedBill({ priceUsd: null, overage: {}, limits: {}, projected: {} })).toEqual({
      kind: 'contract',
    });
  });
});
