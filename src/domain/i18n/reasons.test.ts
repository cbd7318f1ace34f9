// The analyses' reasons for an unavailable view: English as they always were, rewritten in the
// reader's language from the same key and values.
import { describe, expect, it } from 'vitest';
import { peerPercentile } from '../../analytics/peers.js';
import { trendOf } from '../../analytics/patterns/trend.js';
import { seasonalText } from '../comparison-text.js';
import { en, wordsFor } from './index.js';
import { resolveRange } from '../range.js';
import {
  localizeReason,
  localizeRefusal,
  reason,
  refusal,
  type ReasonKey,
  type RefusalKey,
} from './reasons.js';

const de = wordsFor('de-AT');
const SAMPLE = {
  need: 12,
  have: 3,
  n: 4,
  min: 10,
  previous: '2026-10-01..2026-10-31',
  current: '2026-11-01..2026-11-30',
};

describe('unavailable reasons', () => {
  it('rewrites every reason the analyses write in German, with its values', () => {
    for (const key of Object.keys(en.unavailable) as ReasonKey[]) {
      const english = reason(key, SAMPLE);
      const german = localizeReason(english, de);
      expect(german, key).toBe(de.t(`unavailable.${key}`, SAMPLE));
      expect(german, key).not.toBe(english);
      expect(localizeReason(english, wordsFor('en'))).toBe(english);
    }
  });

  it('keeps the English text byte for byte, and leaves a text it does not know as it is', () => {
    expect(trendOf([1, 2])).toEqual({
      available: false,
      reason: 'needs 4 complete periods, has 2',
    });
    expect(localizeReason('something else', de)).toBe('something else');
  });

  it('reaches the readers: a trend, a peer comparison, the seasonal sentence', () => {
    const t = trendOf([1]);
    expect(!t.available && localizeReason(t.reason, de)).toBe(
      'braucht 4 vollständige Zeiträume, vorhanden sind 1',
    );
    const p = peerPercentile({ n: 4, p25: 1, p50: 2, p75: 3, p90: 4 } as never, 2);
    expect(!p.available && localizeReason(p.reason, de)).toBe(
      'die Vergleichsgruppe hat 4 Nutzer; mindestens 10 sind nötig',
    );
    const s = { available: false as const, reason: reason('noYearBefore') };
    expect(seasonalText('sessions', s, null, de)).toContain(
      'der Verlauf deckt das Vorjahr nicht ab',
    );
    expect(seasonalText('sessions', s, null, de)).not.toContain('year before');
  });
});

describe('refusals', () => {
  const values = { max: 5, seconds: 12, latest: '2199-12-31', years: 3, days: 400 };

  it('rewrites every refusal the API writes in German, with its values', () => {
    for (const key of Object.keys(en.refusals) as RefusalKey[]) {
      const english = refusal(key, values);
      const german = localizeRefusal(english, de);
      expect(german, key).toBe(de.t(`refusals.${key}`, values));
      expect(german, key).not.toBe(english);
      expect(localizeRefusal(english, wordsFor('en'))).toBe(english);
    }
  });

  it('keeps the API’s English byte for byte, and a reason it does not know as the server wrote it', () => {
    expect(refusal('atMostKeys', { max: 10 })).toBe('at most 10 API keys; revoke one first');
    let why = '';
    try {
      resolveRange(
        { period: 'custom', from: '2026-11-02', to: '2026-11-01', groupBy: 'day', tz: 'UTC' },
        0,
      );
    } catch (e) {
      why = (e as { reason: string }).reason;
    }
    expect(why).toBe('must not be after to');
    expect(localizeRefusal(why, de)).toBe('darf nicht nach dem Ende liegen');
    expect(localizeRefusal('at most 3 test reports a day', de)).toBe(
      'at most 3 test reports a day',
    );
  });
});
