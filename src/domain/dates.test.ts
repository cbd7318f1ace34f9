import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateRange,
  dayNumber,
  daysBetween,
  daysInclusive,
  daysInMonth,
  InvalidDateError,
  isIsoDate,
  isoWeekLabel,
  isoWeekday,
  monthEnd,
  shiftMonth,
  weekStart,
} from './dates.js';

describe('date arithmetic', () => {
  it('counts days across leap years and month ends', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysInMonth('2024-02-10')).toBe(29);
    expect(monthEnd('2025-12-05')).toBe('2025-12-31');
    expect(shiftMonth('2025-01-31', -1)).toBe('2024-12-01');
    expect(shiftMonth('2025-11-15', 14)).toBe('2027-01-01');
  });

  it('daysBetween excludes the start; daysInclusive counts both ends', () => {
    expect(daysBetween('2025-03-01', '2025-03-01')).toBe(0);
    expect(daysInclusive('2025-03-01', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-03-01', '2025-03-31')).toBe(30);
    expect(daysInclusive('2025-03-01', '2025-03-31')).toBe(31);
    expect(daysBetween('2025-03-31', '2025-03-01')).toBe(-30);
    // Across a DST change in Europe the count is still whole days (dates have no time of day).
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(dateRange('2025-03-01', '2025-03-31')).toHaveLength(
      daysInclusive('2025-03-01', '2025-03-31'),
    );
  });

  it('rejects impossible dates with InvalidDateError', () => {
    expect(() => dayNumber('2025-02-30')).toThrow(/no such date/);
    expect(() => dayNumber('2025-2-3')).toThrow(/YYYY-MM-DD/);
    expect(() => addDays('nope', 1)).toThrow(InvalidDateError);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-13-13')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2025-2-3')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('knows ISO weekdays and weeks, including week 1 starting in December', () => {
    expect(isoWeekday('2025-01-06')).toBe(1); // a Monday
    expect(isoWeekday('2025-01-05')).toBe(7);
    expect(weekStart('2025-01-05')).toBe('2024-12-30');
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
    expect(isoWeekLabel('2021-01-03')).toBe('2020-W53');
  });
});
