import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysInMonth,
  isoWeekLabel,
  isoWeekday,
  monthEnd,
  shiftMonth,
  todayOf,
  weekStart,
} from './time.js';

describe('calendar arithmetic', () => {
  it('counts days across leap years and month ends', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(daysInMonth('2024-02-10')).toBe(29);
    expect(monthEnd('2025-12-05')).toBe('2025-12-31');
    expect(shiftMonth('2025-01-31', -1)).toBe('2024-12-01');
    expect(shiftMonth('2025-11-15', 14)).toBe('2027-01-01');
  });

  it('rejects impossible dates', () => {
    expect(() => dayNumber('2025-02-30')).toThrow(/no such date/);
    expect(() => dayNumber('2025-2-3')).toThrow(/YYYY-MM-DD/);
  });

  it('knows ISO weekdays and weeks, including week 1 starting in December', () => {
    expect(isoWeekday('2025-01-06')).toBe(1); // a Monday
    expect(isoWeekday('2025-01-05')).toBe(7);
    expect(weekStart('2025-01-05')).toBe('2024-12-30');
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
    expect(isoWeekLabel('2021-01-03')).toBe('2020-W53');
  });

  it('reads today in the user zone, not UTC', () => {
    const now = '2025-03-01T02:30:00Z';
    expect(todayOf({ now, zone: 'UTC' })).toBe('2025-03-01');
    expect(todayOf({ now, zone: 'America/Los_Angeles' })).toBe('2025-02-28');
    expect(todayOf({ now: Date.UTC(2025, 2, 1, 23), zone: 'Asia/Tokyo' })).toBe('2025-03-02');
    expect(() => todayOf({ now, zone: 'Mars/Olympus' })).toThrow(/zone/);
  });
});
