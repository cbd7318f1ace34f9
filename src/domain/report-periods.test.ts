import { describe, expect, it } from 'vitest';
import { latestDuePeriod } from './report-periods.js';

describe('report periods', () => {
  it('are due at 08:00 local: weekly on Monday for last week, monthly on the 1st for last month', () => {
    // 2026-12-07 is a Monday; 07:59 in Tokyo is 22:59 UTC the day before.
    const before = latestDuePeriod('weekly', 'Asia/Tokyo', Date.parse('2026-12-06T22:59:00Z'));
    const after = latestDuePeriod('weekly', 'Asia/Tokyo', Date.parse('2026-12-06T23:00:00Z'));
    expect(before).toMatchObject({ key: '2026-W48', from: '2026-11-23', to: '2026-11-29' });
    expect(after).toMatchObject({ key: '2026-W49', from: '2026-11-30', to: '2026-12-06' });
    expect(after.dueAt).toBe(Date.parse('2026-12-06T23:00:00Z'));
    const m = latestDuePeriod('monthly', 'America/New_York', Date.parse('2026-12-01T13:00:00Z'));
    expect(m).toMatchObject({
      key: '2026-11',
      from: '2026-11-01',
      to: '2026-11-30',
      label: 'November 2026',
    });
    expect(
      latestDuePeriod('monthly', 'America/New_York', Date.parse('2026-12-01T12:59:00Z')).key,
    ).toBe('2026-10');
  });
});
