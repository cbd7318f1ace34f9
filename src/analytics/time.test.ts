import { describe, expect, it } from 'vitest';
import { AnalyticsInputError } from './errors.js';
import { Settings } from 'luxon';
import { addDays, dayNumber, instantIn, todayOf } from './time.js';

describe('dates in the analytics core', () => {
  it('reports a bad date as a broken input contract', () => {
    expect(() => dayNumber('2025-02-30')).toThrow(AnalyticsInputError);
    expect(() => addDays('2025-2-3', 1)).toThrow(/YYYY-MM-DD/);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('reads an instant without an offset as UTC on any machine, and no date as no instant', () => {
    const machine = Settings.defaultZone;
    try {
      Settings.defaultZone = 'Asia/Tokyo';
      expect(instantIn('2024-01-31T13:00', 'UTC').toISO()).toBe('2024-01-31T13:00:00.000Z');
      expect(instantIn('2024-01-31T13:00+01:00', 'UTC').toISO()).toBe('2024-01-31T12:00:00.000Z');
    } finally {
      Settings.defaultZone = machine;
    }
    // Luxon reads "12" and "T12:00" as noon today: the clock, which the core never reads.
    expect(() => instantIn('12', 'UTC')).toThrow(AnalyticsInputError);
    expect(() => instantIn('T12:00', 'UTC')).toThrow(AnalyticsInputError);
  });

  it('reads today in the user zone, not UTC', () => {
    const now = '2025-03-01T02:30:00Z';
    expect(todayOf({ now, zone: 'UTC' })).toBe('2025-03-01');
    expect(todayOf({ now, zone: 'America/Los_Angeles' })).toBe('2025-02-28');
    expect(todayOf({ now: Date.UTC(2025, 2, 1, 23), zone: 'Asia/Tokyo' })).toBe('2025-03-02');
    expect(() => todayOf({ now, zone: 'Mars/Olympus' })).toThrow(/zone/);
  });
});
