import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { exceedsRangeCap, MAX_HOURLY_DAYS } from './periods.js';
import { RangeError400, resolveRange } from './range.js';

const refusal = (from: string, to: string, groupBy: 'day' | 'hour' = 'day') => {
  try {
    resolveRange({ period: 'custom', from, to, groupBy, tz: 'UTC' }, Date.UTC(2026, 0, 1));
    return null;
  } catch (err) {
    if (err instanceof RangeError400) return err.field;
    throw err;
  }
};

describe('range limits shared by the API and the dashboard', () => {
  it('caps a range before the same date three years on, leap years included', () => {
    // 1096 days with a leap day: allowed (a 365 * 3 day cap would refuse it).
    expect(exceedsRangeCap('2024-01-01', '2026-12-31')).toBe(false);
    expect(exceedsRangeCap('2024-01-01', '2027-01-01')).toBe(true);
    // Feb 29 plus three years is Feb 28.
    expect(exceedsRangeCap('2024-02-29', '2027-02-27')).toBe(false);
    expect(exceedsRangeCap('2024-02-29', '2027-02-28')).toBe(true);
    // Near the end of the calendar the cap date is past year 9999 and still compares right.
    expect(exceedsRangeCap('9998-01-01', '9999-12-30')).toBe(false);
  });

  it('agrees with the server on every range it checks', () => {
    for (const from of ['2023-03-01', '2024-02-29', '2024-12-31', '9997-06-15']) {
      for (const days of [1, 365, 1095, 1096, 1097, 1100]) {
        const to = addDays(from, days - 1);
        if (!/^\d{4}-/.test(to) || to > '9999-12-30') continue; // past the calendar's end
        expect(refusal(from, to) === 'to', `${from}..${to}`).toBe(exceedsRangeCap(from, to));
      }
    }
  });

  it('offers hourly buckets up to the same day count the server accepts', () => {
    expect(refusal('2025-01-01', addDays('2025-01-01', MAX_HOURLY_DAYS - 1), 'hour')).toBeNull();
    expect(refusal('2025-01-01', addDays('2025-01-01', MAX_HOURLY_DAYS), 'hour')).toBe('groupBy');
  });
});
