import { describe, expect, it } from 'vitest';
import { defaultMonth, monthRange } from './success-metrics.js';

describe('the console month', () => {
  it('opens on this month to date, and on the month before on a month’s first day', () => {
    expect(defaultMonth(Date.parse('2026-11-30T23:59:59Z'))).toBe('2026-11');
    expect(defaultMonth(Date.parse('2026-12-01T00:10:00Z'))).toBe('2026-11');
    expect(defaultMonth(Date.parse('2026-12-02T00:00:00Z'))).toBe('2026-12');
    expect(defaultMonth(Date.parse('2027-01-01T12:00:00Z'))).toBe('2026-12');
  });

  it('shifts months across years', () => {
    expect(monthRange('2026-01', -1)).toEqual({
      month: '2025-12',
      from: '2025-12-01T00:00:00.000Z',
      to: '2026-01-01T00:00:00.000Z',
    });
  });
});
