import { describe, expect, it } from 'vitest';
import { limitStatus, type LimitStatus } from '../../domain/limit-status.js';
import { warningOf } from './billing-warning.js';

const day = (d: string) => d;
const expected = { status: 'expected', date: '2026-11-30' };
// States as the domain writes them, so the strip reads the same fields the page gets.
const status = (metric: LimitStatus['metric'], used: number, reach: object | null = null) =>
  limitStatus({ metric, used, limit: 100, reach: reach as never, day })!;

describe('warningOf', () => {
  it('tells a reached limit, a near one and one only on course for it apart', () => {
    expect(
      warningOf([
        status('sessions', 100),
        status('transcriptions', 96, expected),
        status('audio_minutes', 17, expected),
        status('exports', 11),
      ]),
    ).toBe(
      'Limit reached: Sessions. Near the limit: Transcriptions. Expected to reach the limit this period: Audio minutes.',
    );
    expect(warningOf([status('exports', 50)])).toBeNull();
    expect(warningOf([status('exports', 92)])).toBe('Near the limit: Exports.');
  });
});
