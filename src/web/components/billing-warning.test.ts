import { describe, expect, it } from 'vitest';
import type { LimitStatus } from '../../domain/limit-status.js';
import { warningOf } from './billing-warning.js';

const status = (metric: LimitStatus['metric'], tone: LimitStatus['tone'], percent: number) => ({
  metric,
  tone,
  percent,
  words: '',
});

describe('warningOf', () => {
  it('tells a reached limit, a near one and one only on course for it apart', () => {
    expect(
      warningOf([
        status('sessions', 'over', 100),
        status('transcriptions', 'near', 96),
        status('audio_minutes', 'near', 17),
        status('exports', 'ok', 11),
      ]),
    ).toBe(
      'Limit reached: Sessions. Near the limit: Transcriptions. Expected to reach the limit this period: Audio minutes.',
    );
    expect(warningOf([status('exports', 'ok', 50)])).toBeNull();
  });
});
